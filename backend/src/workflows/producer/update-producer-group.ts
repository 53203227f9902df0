import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const updateProducerGroupWorkflowId = "update-producer-group"
/** Emitted after a group's profile changed: the catalog copies its name and closure dates. */
export const PRODUCER_GROUP_UPDATED_EVENT = "producer-group.updated"

export type UpdateProducerGroupInput = { id: string; update: Record<string, unknown> }

const updateGroupStep = createStep(
  "update-producer-group",
  async ({ id, update }: UpdateProducerGroupInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await producers.retrieveProducerGroup(id)
    const previous = Object.fromEntries(Object.keys(update).map((k) => [k, (before as any)[k] ?? null]))
    const group = await producers.updateProducerGroups({ id, ...update } as any)
    return new StepResponse(group, { id, previous })
  },
  async (undo, { container }) => {
    if (undo) await (container.resolve(PRODUCER_MODULE) as ProducerModuleService).updateProducerGroups({ id: undo.id, ...undo.previous } as any)
  }
)

/** Profile changes of a group (story, pictures, contact, closure, payout); the status has its own workflow. */
export const updateProducerGroupWorkflow = createWorkflow(updateProducerGroupWorkflowId, (input: UpdateProducerGroupInput) => {
  const group = updateGroupStep(input)
  emitEventStep({ eventName: PRODUCER_GROUP_UPDATED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(group)
})
