import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setGroupProductsAvailabilityStep } from "./steps/set-group-products-availability"
import { transitionGroupStatusStep, type TransitionInput } from "./steps/transition-group-status"

export const changeProducerGroupStatusWorkflowId = "change-producer-group-status"

/**
 * CDD staff decide a registration (approve, reject) or act on an approved group (suspend,
 * reinstate). Products follow: sellable only while the group is approved. The group's
 * owners are told through the event's subscriber.
 */
export const changeProducerGroupStatusWorkflow = createWorkflow(changeProducerGroupStatusWorkflowId, (input: TransitionInput) => {
  const { group, from } = transitionGroupStatusStep(input)
  setGroupProductsAvailabilityStep(
    transform({ group }, ({ group }) => ({ group_id: group.id, available: group.status === "approved" }))
  )
  emitEventStep({
    eventName: "producer-group.status-changed",
    data: transform({ group, from }, ({ group, from }) => ({
      id: group.id,
      from,
      to: group.status,
      reason: group.status_reason,
    })),
  })
  return new WorkflowResponse(group)
})
