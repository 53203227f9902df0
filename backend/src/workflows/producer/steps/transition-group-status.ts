import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type GroupStatus = "pending" | "approved" | "rejected" | "suspended"
export type StatusAction = "approve" | "reject" | "suspend" | "reinstate"

/** The registration lifecycle: pending → approved | rejected; approved ⇄ suspended. */
export const TRANSITIONS: Record<StatusAction, { from: GroupStatus[]; to: GroupStatus; needsReason: boolean; stamp: string }> = {
  approve: { from: ["pending"], to: "approved", needsReason: false, stamp: "approved_at" },
  reject: { from: ["pending"], to: "rejected", needsReason: true, stamp: "rejected_at" },
  suspend: { from: ["approved"], to: "suspended", needsReason: true, stamp: "suspended_at" },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false, stamp: "approved_at" },
}

export type TransitionInput = { group_id: string; action: StatusAction; reason?: string | null; actor_type: string; actor_id: string }

export const transitionGroupStatusStepId = "transition-producer-group-status"

/** Moves a group along its lifecycle, stamps the time and records who did it and why. */
export const transitionGroupStatusStep = createStep(
  transitionGroupStatusStepId,
  async (input: TransitionInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const group = await producers.retrieveProducerGroup(input.group_id)
    const rule = TRANSITIONS[input.action]
    if (!rule.from.includes(group.status as GroupStatus)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${group.status} group cannot be ${rule.to}; allowed from: ${rule.from.join(", ")}`)
    }
    const reason = input.reason?.trim() || null
    if (rule.needsReason && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason: say why the group is ${rule.to}`)
    }
    const previous = { id: group.id, status: group.status, status_reason: group.status_reason, [rule.stamp]: (group as any)[rule.stamp] }
    const updated = await producers.updateProducerGroups({
      id: group.id,
      status: rule.to,
      status_reason: reason,
      [rule.stamp]: new Date(),
    } as any)
    const event = await producers.createGroupStatusEvents({
      group_id: group.id,
      from_status: group.status,
      to_status: rule.to,
      reason,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
    })
    return new StepResponse({ group: updated, from: group.status as GroupStatus }, { previous, event_id: event.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteGroupStatusEvents(undo.event_id)
    await producers.updateProducerGroups(undo.previous as any)
  }
)
