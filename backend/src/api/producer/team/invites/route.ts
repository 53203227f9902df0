import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { inviteGroupMemberWorkflow } from "../../../../workflows/producer/team"
import { parseOrThrow } from "../../../utils/validate"
import { actingGroupId, requireOwner, type ProducerRequest } from "../../acting-group"

const InviteBody = z.object({ email: z.string().trim().email(), role: z.enum(["owner", "staff"]).default("staff") })

/** POST /producer/team/invites (owners): invite by email; accepted by registering with it. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  requireOwner(req)
  const body = parseOrThrow(InviteBody, req.body)
  const { result } = await inviteGroupMemberWorkflow(req.scope).run({ input: { group_id: actingGroupId(req), ...body } })
  const { token, ...invite } = result.invite as any
  res.status(201).json({ invite, joined: result.joined })
}
