import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { parseOrThrow } from "../../../../utils/validate"

const MineQuery = z.object({
  order_id: z.string().trim().min(1).optional(),
  product_id: z.string().trim().min(1).optional(),
})

/**
 * GET /store/customers/me/reviews (signed-in customer, Medusa's /store/customers/me* guard): the
 * customer's own reviews in every moderation state, so the account can show "waiting for
 * moderation" or the rejection reason, and fill the form when they edit one.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { order_id, product_id } = parseOrThrow(MineQuery, req.query)
  const service: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const reviews = await service.listReviews(
    { customer_id: req.auth_context.actor_id, ...(order_id ? { order_id } : {}), ...(product_id ? { product_id } : {}) },
    {
      order: { updated_at: "DESC" },
      take: 200,
      select: ["id", "product_id", "order_id", "rating", "title", "body", "display_name", "status", "moderation_reason", "reply_body", "created_at", "updated_at"],
    }
  )
  res.json({ reviews })
}
