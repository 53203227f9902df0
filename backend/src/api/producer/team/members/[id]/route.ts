import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { updateGroupMembershipWorkflow } from "../../../../../workflows/producer/team"
import { parseOrThrow } from "../../../../utils/validate"
import { actingGroupId, requireOwner, type ProducerRequest } from "../../../acting-group"

/** Another group's membership is a 404, checked before anything else. */
async function assertOwnMembership(req: ProducerRequest) {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [m] = await producers.listGroupMemberships({ id: req.params.id, group_id: actingGroupId(req) })
  if (!m) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${req.params.id} was not found`)
}

/** POST /producer/team/members/:id (owners): change a member's role. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnMembership(req)
  requireOwner(req)
  const { role } = parseOrThrow(z.object({ role: z.enum(["owner", "staff"]) }), req.body)
  await updateGroupMembershipWorkflow(req.scope).run({ input: { group_id: actingGroupId(req), membership_id: req.params.id, role } })
  res.json({ id: req.params.id, role })
}

/** DELETE /producer/team/members/:id (owners): remove a member (never the last owner). */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnMembership(req)
  requireOwner(req)
  await updateGroupMembershipWorkflow(req.scope).run({ input: { group_id: actingGroupId(req), membership_id: req.params.id, role: null } })
  res.json({ id: req.params.id, object: "member", deleted: true })
}
