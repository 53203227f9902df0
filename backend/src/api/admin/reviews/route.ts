import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { parseOrThrow } from "../../utils/validate"

const ListQuery = z.object({
  status: z.enum(["pending", "published", "rejected"]).default("pending"),
  product_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /admin/reviews: the moderation queue (pending first, oldest first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, product_id, limit, offset } = parseOrThrow(ListQuery, req.query)
  const service: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [reviews, count] = await service.listAndCountReviews({ status, ...(product_id ? { product_id } : {}) }, { take: limit, skip: offset, order: { created_at: "ASC" } })
  res.json({ reviews, count, limit, offset })
}
