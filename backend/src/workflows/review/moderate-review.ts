import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { refreshProductRatingsStep, updateReviewStep } from "./steps"

export const moderateReviewWorkflowId = "moderate-review"

export type ModerateReviewInput = {
  review_id: string
  product_id: string
  status: "published" | "rejected"
  reason?: string | null
  moderated_by: string
}

/** An operator publishes or rejects a review; the product's summary follows at once. */
export const moderateReviewWorkflow = createWorkflow(moderateReviewWorkflowId, (input: ModerateReviewInput) => {
  const review = updateReviewStep(
    transform({ input }, ({ input }) => ({
      id: input.review_id,
      update: { status: input.status, moderation_reason: input.reason ?? null, moderated_by: input.moderated_by, moderated_at: new Date() },
    }))
  )
  refreshProductRatingsStep(transform({ input }, ({ input }) => [input.product_id]))
  emitEventStep({ eventName: "review.moderated", data: transform({ input }, ({ input }) => ({ id: input.review_id, status: input.status })) })
  return new WorkflowResponse(review)
})
