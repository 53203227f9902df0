import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REVIEW_MODULE } from "../modules/review"
import type ReviewModuleService from "../modules/review/service"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** A review was written, edited or moderated: the product's rating summary (already refreshed by the workflow) is copied. */
export default async function refreshCatalogOnReview({ event, container }: SubscriberArgs<{ id: string }>) {
  const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
  const [review] = await reviews.listReviews({ id: event.data.id }, { select: ["id", "product_id"] })
  if (review) await refreshCatalogProducts(container, [review.product_id])
}

export const config: SubscriberConfig = { event: ["review.written", "review.moderated"] }
