import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import GroupProductLink from "../../links/producer-group-product"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { refreshProductRatingsStep, updateReviewStep } from "./steps"

export const writeReviewWorkflowId = "write-review"

export type WriteReviewInput = {
  customer_id: string
  product_id: string
  rating: number
  title?: string | null
  body: string
  display_name: string
}

type Eligibility = { order_id: string; group_id: string; existing_id: string | null }

/** Only a buyer whose delivered order contained the product may review it (once; then edit). */
const checkReviewEligibilityStep = createStep("check-review-eligibility", async (input: WriteReviewInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.product_id", "fulfillments.delivered_at", "fulfillments.items.line_item_id"],
    filters: { customer_id: input.customer_id },
  })
  const delivered = orders.find((o: any) => {
    const lines = new Set((o.items ?? []).filter((i: any) => i?.product_id === input.product_id).map((i: any) => i.id))
    return (o.fulfillments ?? []).some((f: any) => f?.delivered_at && (f.items ?? []).some((fi: any) => lines.has(fi?.line_item_id)))
  })
  if (!delivered) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a customer whose order with this product was delivered can review it")
  }
  const { data: [link] } = await query.graph({ entity: GroupProductLink.entryPoint, fields: ["producer_group_id"], filters: { product_id: input.product_id } })
  const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
  const [existing] = await service.listReviews({ product_id: input.product_id, customer_id: input.customer_id })
  return new StepResponse<Eligibility>({ order_id: delivered.id, group_id: (link as any)?.producer_group_id ?? "", existing_id: existing?.id ?? null })
})

const createReviewStep = createStep(
  "create-review",
  async (input: WriteReviewInput & { order_id: string; group_id: string }, { container }) => {
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const review = await service.createReviews({ ...input, title: input.title ?? null, status: "pending" })
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(REVIEW_MODULE) as ReviewModuleService).deleteReviews([id])
  }
)

/**
 * A buyer writes (or edits) their review of a product. It waits for moderation either way; an
 * edit of a published review takes it off the page (and out of the average) until approved again.
 */
export const writeReviewWorkflow = createWorkflow(writeReviewWorkflowId, (input: WriteReviewInput) => {
  const eligibility = checkReviewEligibilityStep(input)
  const created = when({ eligibility }, ({ eligibility }) => !eligibility.existing_id).then(() => {
    const review = createReviewStep(transform({ input, eligibility }, ({ input, eligibility }) => ({ ...input, order_id: eligibility.order_id, group_id: eligibility.group_id })))
    createRemoteLinkStep(
      transform({ review, input }, ({ review, input }) => [{ [Modules.PRODUCT]: { product_id: input.product_id }, [REVIEW_MODULE]: { review_id: review.id } }])
    )
    return review
  })
  const edited = when({ eligibility }, ({ eligibility }) => !!eligibility.existing_id).then(() =>
    updateReviewStep(
      transform({ input, eligibility }, ({ input, eligibility }) => ({
        id: eligibility.existing_id!,
        update: {
          rating: input.rating,
          title: input.title ?? null,
          body: input.body,
          display_name: input.display_name,
          status: "pending",
          moderation_reason: null,
          moderated_by: null,
          moderated_at: null,
        },
      }))
    )
  )
  refreshProductRatingsStep(transform({ input }, ({ input }) => [input.product_id]))
  const review = transform({ created, edited }, ({ created, edited }) => (created ?? edited)!)
  emitEventStep({ eventName: "review.written", data: transform({ review }, ({ review }) => ({ id: review.id })) })
  return new WorkflowResponse(review)
})
