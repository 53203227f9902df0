import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateReviewStep } from "./steps"

export const replyToReviewWorkflowId = "reply-to-review"

/** The producer group's one public answer to a review (writing again replaces it). */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: { review_id: string; body: string; replied_by: string }) => {
  const review = updateReviewStep(
    transform({ input }, ({ input }) => ({ id: input.review_id, update: { reply_body: input.body, reply_by: input.replied_by, replied_at: new Date() } }))
  )
  return new WorkflowResponse(review)
})
