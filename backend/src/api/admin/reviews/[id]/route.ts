import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"
import { moderateReviewWorkflow } from "../../../../workflows/review/moderate-review"
import { parseOrThrow } from "../../../utils/validate"

const ModerateBody = z
  .object({ status: z.enum(["published", "rejected"]), reason: z.string().trim().max(500).nullish() })
  .refine((b) => b.status !== "rejected" || !!b.reason, { path: ["reason"], message: "say why the review is rejected" })

/** POST /admin/reviews/:id: publish or reject a review (the product's average follows). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = parseOrThrow(ModerateBody, req.body)
  const service: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [review] = await service.listReviews({ id: req.params.id })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${req.params.id} was not found`)
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { review_id: review.id, product_id: review.product_id, status: body.status, reason: body.reason, moderated_by: req.auth_context.actor_id },
  })
  res.json({ review: result })
}
