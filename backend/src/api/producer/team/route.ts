import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { actingGroupId, requireOwner, type ProducerRequest } from "../acting-group"

/** GET /producer/team (owners): the group's members with their roles, and the open invites. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  requireOwner(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields: ["memberships.id", "memberships.role", "memberships.producer.id", "memberships.producer.email", "memberships.producer.first_name", "memberships.producer.last_name", "invites.id", "invites.email", "invites.role", "invites.expires_at", "invites.accepted_at"],
    filters: { id: actingGroupId(req) },
  })
  res.json({
    members: (group as any).memberships ?? [],
    invites: ((group as any).invites ?? []).filter((i: any) => !i.accepted_at),
  })
}
