import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const acceptPendingInvitesStepId = "accept-pending-producer-invites"

/**
 * An invite is accepted by registering (or signing in) with the invited email: every open,
 * unexpired invite for that email becomes a membership with the invited role.
 */
export const acceptPendingInvitesStep = createStep(
  acceptPendingInvitesStepId,
  async ({ producer_id, email }: { producer_id: string; email: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const invites = await producers.listGroupInvites({ email: email.toLowerCase(), accepted_at: null })
    const open = invites.filter((i) => new Date(i.expires_at) > new Date())
    if (!open.length) return new StepResponse({ memberships: [] as string[] }, { memberships: [] as string[], invites: [] as string[] })
    const existing = await producers.listGroupMemberships({ producer_id, group_id: open.map((i) => i.group_id) })
    const have = new Set(existing.map((m) => m.group_id))
    const toCreate = open.filter((i) => !have.has(i.group_id))
    const memberships = toCreate.length
      ? await producers.createGroupMemberships(toCreate.map((i) => ({ group_id: i.group_id, producer_id, role: i.role })))
      : []
    await producers.updateGroupInvites(open.map((i) => ({ id: i.id, accepted_at: new Date() })))
    const ids = memberships.map((m) => m.id)
    return new StepResponse({ memberships: ids }, { memberships: ids, invites: open.map((i) => i.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    if (undo.memberships.length) await producers.deleteGroupMemberships(undo.memberships)
    if (undo.invites.length) await producers.updateGroupInvites(undo.invites.map((id) => ({ id, accepted_at: null })))
  }
)
