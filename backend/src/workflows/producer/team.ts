import { randomBytes } from "node:crypto"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

const INVITE_DAYS = 14
const service = (container: any): ProducerModuleService => container.resolve(PRODUCER_MODULE)

/** An invite by email; a producer who already has an account joins at once. */
const createInviteStep = createStep(
  "create-producer-group-invite",
  async ({ group_id, email, role }: { group_id: string; email: string; role: "owner" | "staff" }, { container }) => {
    const producers = service(container)
    const normalized = email.trim().toLowerCase()
    const [existing] = await producers.listProducers({ email: normalized })
    if (existing && (await producers.listGroupMemberships({ group_id, producer_id: existing.id })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email: ${normalized} is already a member of this group`)
    }
    const invite = await producers.createGroupInvites({
      group_id,
      email: normalized,
      role,
      token: randomBytes(24).toString("hex"),
      expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      accepted_at: existing ? new Date() : null,
    })
    const membership = existing ? await producers.createGroupMemberships({ group_id, producer_id: existing.id, role }) : null
    return new StepResponse({ invite, joined: !!membership }, { invite_id: invite.id, membership_id: membership?.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.membership_id) await service(container).deleteGroupMemberships(undo.membership_id)
    await service(container).deleteGroupInvites(undo.invite_id)
  }
)

export const inviteGroupMemberWorkflow = createWorkflow(
  "invite-producer-group-member",
  (input: { group_id: string; email: string; role: "owner" | "staff" }) => {
    const result = createInviteStep(input)
    emitEventStep({
      eventName: "producer-group.invite-created",
      data: transform({ result }, ({ result }) => ({ id: result.invite.id, email: result.invite.email, joined: result.joined })),
    })
    return new WorkflowResponse(result)
  }
)

/** Role changes and removals keep at least one owner in the group. */
const updateMembershipStep = createStep(
  "update-producer-group-membership",
  async ({ group_id, membership_id, role }: { group_id: string; membership_id: string; role: "owner" | "staff" | null }, { container }) => {
    const producers = service(container)
    const memberships = await producers.listGroupMemberships({ group_id })
    const target = memberships.find((m) => m.id === membership_id)
    if (!target) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${membership_id} was not found`)
    const owners = memberships.filter((m) => m.role === "owner")
    if (target.role === "owner" && role !== "owner" && owners.length === 1) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A group keeps at least one owner: make someone else owner first")
    }
    if (role) await producers.updateGroupMemberships({ id: membership_id, role })
    else await producers.softDeleteGroupMemberships(membership_id)
    return new StepResponse({ id: membership_id, role }, { id: membership_id, role: target.role as "owner" | "staff", removed: !role })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.removed) await service(container).restoreGroupMemberships(undo.id)
    else await service(container).updateGroupMemberships({ id: undo.id, role: undo.role })
  }
)

export const updateGroupMembershipWorkflow = createWorkflow(
  "update-producer-group-membership",
  (input: { group_id: string; membership_id: string; role: "owner" | "staff" | null }) => new WorkflowResponse(updateMembershipStep(input))
)

const revokeInviteStep = createStep(
  "revoke-producer-group-invite",
  async ({ group_id, invite_id }: { group_id: string; invite_id: string }, { container }) => {
    const [invite] = await service(container).listGroupInvites({ id: invite_id, group_id, accepted_at: null })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite with id: ${invite_id} was not found`)
    await service(container).softDeleteGroupInvites(invite_id)
    return new StepResponse(invite_id, invite_id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreGroupInvites(id)
  }
)

export const revokeGroupInviteWorkflow = createWorkflow(
  "revoke-producer-group-invite",
  (input: { group_id: string; invite_id: string }) => new WorkflowResponse(revokeInviteStep(input))
)
