import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { acceptPendingInvitesStep } from "./steps/accept-invites"
import { createProducerStep, type CreateProducerStepInput } from "./steps/create-producer"

export const PRODUCER_ACTOR = "producer"
export const createProducerAccountWorkflowId = "create-producer-account"

export type CreateProducerAccountInput = { auth_identity_id: string; producer: CreateProducerStepInput }

/**
 * Turns a registered email/password identity into a producer: the person record, the
 * identity's link to it (actor type `producer`), and memberships from pending invites.
 */
export const createProducerAccountWorkflow = createWorkflow(createProducerAccountWorkflowId, (input: CreateProducerAccountInput) => {
  const producer = createProducerStep(input.producer)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: PRODUCER_ACTOR, value: producer.id })
  acceptPendingInvitesStep(transform({ producer }, ({ producer }) => ({ producer_id: producer.id, email: producer.email })))
  emitEventStep({ eventName: "producer.created", data: transform({ producer }, ({ producer }) => ({ id: producer.id })) })
  return new WorkflowResponse(producer)
})
