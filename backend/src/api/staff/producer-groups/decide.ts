import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { changeProducerGroupStatusWorkflow } from "../../../workflows/producer/change-group-status"
import type { StatusAction } from "../../../workflows/producer/steps/transition-group-status"
import { parseOrThrow } from "../../utils/validate"
import type { StaffRequest } from "../staff-scope"
import { loadGroupInScope, withoutPayout } from "./load-in-scope"

const DecisionBody = z.object({ reason: z.string().trim().max(2000).nullish() })

/** The POST handler of /staff/producer-groups/:id/{approve,reject,suspend,reinstate}. */
export function decide(action: StatusAction) {
  return async (req: StaffRequest, res: MedusaResponse) => {
    const { reason } = parseOrThrow(DecisionBody, req.body ?? {})
    await loadGroupInScope(req, req.params.id, ["id"]) // 404 outside the officer's provinces
    await changeProducerGroupStatusWorkflow(req.scope).run({
      input: { group_id: req.params.id, action, reason, actor_type: "cdd_staff", actor_id: req.staff.staff_id },
    })
    res.json({ producer_group: withoutPayout(await loadGroupInScope(req, req.params.id)) })
  }
}
