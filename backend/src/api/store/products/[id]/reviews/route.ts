import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { writeReviewWorkflow } from "../../../../../workflows/review/write-review"
import { parseOrThrow } from "../../../../utils/validate"

const ReviewBody = z.object({
  rating: z.number().int().min(1, "1 to 5 stars").max(5, "1 to 5 stars"),
  title: z.string().trim().max(120).nullish(),
  body: z.string().trim().min(10, "at least 10 characters").max(3000),
  display_name: z.string().trim().min(1).max(60).nullish(),
})

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).default(0),
})

/** The average of a summary, to one decimal, computed from integers. */
export function ratingSummary(r: { rating_sum: number; rating_count: number } | undefined) {
  const count = r?.rating_count ?? 0
  return { average: count ? Math.round((r!.rating_sum * 10) / count) / 10 : null, count }
}

/** GET /store/products/:id/reviews: published buyer reviews (with the group's reply) and the summary. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit, offset } = parseOrThrow(ListQuery, req.query)
  const service: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [[reviews, count], [rating]] = await Promise.all([
    service.listAndCountReviews(
      { product_id: req.params.id, status: "published" },
      { take: limit, skip: offset, order: { created_at: "DESC" }, select: ["id", "rating", "title", "body", "display_name", "created_at", "updated_at", "reply_body", "replied_at"] }
    ),
    service.listProductRatings({ product_id: req.params.id }),
  ])
  res.json({ reviews, count, limit, offset, rating: ratingSummary(rating) })
}

/**
 * POST /store/products/:id/reviews (signed-in customer): write or edit your review. Only after
 * an order with this product was delivered; it is published once an operator approves it.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = parseOrThrow(ReviewBody, req.body)
  const customerId = req.auth_context?.actor_id
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to review a product")
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const fallbackName = [customer.first_name, customer.last_name ? `${customer.last_name.slice(0, 1)}.` : null].filter(Boolean).join(" ") || "ลูกค้า"
  const { result } = await writeReviewWorkflow(req.scope).run({
    input: { customer_id: customerId, product_id: req.params.id, rating: body.rating, title: body.title, body: body.body, display_name: body.display_name ?? fallbackName },
  })
  res.status(201).json({ review: result })
}
