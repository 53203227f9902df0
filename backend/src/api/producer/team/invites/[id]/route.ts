import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { revokeGroupInviteWorkflow } from "../../../../../workflows/producer/team"
import { actingGroupId, requireOwner, type ProducerRequest } from "../../../acting-group"

/** DELETE /producer/team/invites/:id (owners): revoke an open invite of the acting group. */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [invite] = await producers.listGroupInvites({ id: req.params.id, group_id: actingGroupId(req) })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite with id: ${req.params.id} was not found`)
  requireOwner(req)
  await revokeGroupInviteWorkflow(req.scope).run({ input: { group_id: actingGroupId(req), invite_id: req.params.id } })
  res.json({ id: req.params.id, object: "invite", deleted: true })
}
