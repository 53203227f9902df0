import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { decideCertificationWorkflow } from "../../../../../workflows/certification/decide-certification"
import { parseOrThrow } from "../../../../utils/validate"
import type { StaffRequest } from "../../../staff-scope"
import { loadCertificationInScope } from "../../load-in-scope"

const Body = z.object({ reason: z.string().trim().max(2000).nullish() })

/** POST /staff/certifications/:id/reject: reject a pending certification in scope, with a reason. */
export const POST = async (req: StaffRequest, res: MedusaResponse) => {
  const { reason } = parseOrThrow(Body, req.body ?? {})
  await loadCertificationInScope(req, req.params.id) // 404 outside the officer's provinces
  await decideCertificationWorkflow(req.scope).run({
    input: { certification_id: req.params.id, decision: "reject", reason, decided_by: req.staff.staff_id },
  })
  res.json({ certification: await loadCertificationInScope(req, req.params.id) })
}
