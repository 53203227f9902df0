import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../acting-group"

/** GET /producer/me: the signed-in producer, their groups (with role and status) and the acting group. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "producer",
    fields: ["id", "email", "first_name", "last_name", "phone", "memberships.role", "memberships.group.id", "memberships.group.handle", "memberships.group.name_th", "memberships.group.name_en", "memberships.group.status", "memberships.group.province_code"],
    filters: { id: req.producer.producer_id },
  })
  const { memberships = [], ...person } = producer as any
  res.json({
    producer: person,
    groups: memberships.map((m: any) => ({ ...m.group, role: m.role })),
    acting_group_id: req.producer.group_id,
  })
}
