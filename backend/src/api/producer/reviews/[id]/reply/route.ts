import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { replyToReviewWorkflow } from "../../../../../workflows/review/reply-to-review"
import { parseOrThrow } from "../../../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../../../acting-group"

const ReplyBody = z.object({ body: z.string().trim().min(2, "write the answer").max(2000) })

/** POST /producer/reviews/:id/reply: the group's public answer to a review of one of its products. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const service: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [review] = await service.listReviews({ id: req.params.id, group_id: actingGroupId(req), status: "published" })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${req.params.id} was not found`)
  const { body } = parseOrThrow(ReplyBody, req.body)
  const { result } = await replyToReviewWorkflow(req.scope).run({ input: { review_id: review.id, body, replied_by: req.producer.producer_id } })
  res.json({ review: result })
}
