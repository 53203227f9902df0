import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

/** Re-derives the published-review summaries of these products (and again if the workflow rolls back). */
export const refreshProductRatingsStep = createStep(
  "refresh-product-ratings",
  async (productIds: string[], { container }) => {
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    return new StepResponse(await service.refreshProductRatings(productIds), productIds)
  },
  async (productIds, { container }) => {
    if (!productIds?.length) return
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.refreshProductRatings(productIds)
  }
)

const REVIEW_FIELDS = ["rating", "title", "body", "display_name", "status", "moderation_reason", "moderated_by", "moderated_at", "reply_body", "reply_by", "replied_at"] as const

/** Updates a review and puts back what it was if a later step fails. */
export const updateReviewStep = createStep(
  "update-review",
  async (input: { id: string; update: Record<string, unknown> }, { container }) => {
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const before = await service.retrieveReview(input.id)
    const after = await service.updateReviews({ id: input.id, ...input.update } as any)
    return new StepResponse(after, { id: before.id, previous: Object.fromEntries(REVIEW_FIELDS.map((f) => [f, (before as any)[f]])) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.updateReviews({ id: undo.id, ...undo.previous } as any)
  }
)
