import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { provinceFilter, type StaffRequest } from "../staff-scope"

export const STAFF_GROUP_FIELDS = [
  "*",
  "memberships.role",
  "memberships.producer.id",
  "memberships.producer.email",
  "memberships.producer.first_name",
  "memberships.producer.last_name",
  "documents.*",
  "status_events.*",
]

/** A group the officer may see, or a 404 that does not tell whether it exists elsewhere. */
export async function loadGroupInScope(req: StaffRequest, id: string, fields = STAFF_GROUP_FIELDS) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields,
    filters: { id, ...provinceFilter(req.staff) },
  })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group with id: ${id} was not found`)
  return group as any
}

/** Payout details are the owners' business: staff see that they exist, never the numbers. */
export function withoutPayout<T extends Record<string, any>>(group: T) {
  const { payout_account_number, payout_promptpay_id, payout_bank_code, payout_account_name, ...rest } = group
  return { ...rest, has_payout_details: !!(payout_account_number || payout_promptpay_id) }
}
