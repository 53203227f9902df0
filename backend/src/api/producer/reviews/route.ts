import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { parseOrThrow } from "../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../acting-group"

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /producer/reviews: published reviews of the group's products, newest first (to answer them). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { limit, offset } = parseOrThrow(ListQuery, req.query)
  const service: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [reviews, count] = await service.listAndCountReviews(
    { group_id: actingGroupId(req), status: "published" },
    { take: limit, skip: offset, order: { created_at: "DESC" }, select: ["id", "product_id", "rating", "title", "body", "display_name", "created_at", "reply_body", "replied_at"] }
  )
  res.json({ reviews, count, limit, offset })
}
