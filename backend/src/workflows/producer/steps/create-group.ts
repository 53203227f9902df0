import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const createProducerGroupStepId = "create-producer-group"

/** Creates the group with its owner, documents and first status event; all removed on rollback. */
export const createProducerGroupStep = createStep(
  createProducerGroupStepId,
  async (
    input: {
      group: Record<string, unknown>
      owner_id: string
      documents: { kind: string; file_id: string; url: string; filename: string; mime_type: string; size: number }[]
      actor_type: string
    },
    { container }
  ) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const group = await producers.createProducerGroups(input.group as any)
    await producers.createGroupMemberships({ group_id: group.id, producer_id: input.owner_id, role: "owner" })
    if (input.documents.length) {
      await producers.createGroupDocuments(input.documents.map((d) => ({ ...d, group_id: group.id })) as any)
    }
    await producers.createGroupStatusEvents({
      group_id: group.id,
      from_status: null,
      to_status: group.status,
      actor_type: input.actor_type,
      actor_id: input.owner_id,
    })
    return new StepResponse(group, group.id)
  },
  async (groupId, { container }) => {
    if (!groupId) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerGroups(groupId) // cascades to memberships, documents, events
  }
)
