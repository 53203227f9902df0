import type { MedusaResponse } from "@medusajs/framework/http"
import type { StaffRequest } from "../../staff-scope"
import { loadCertificationInScope } from "../load-in-scope"

/** GET /staff/certifications/:id: one certification in scope, with its document. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  res.json({ certification: await loadCertificationInScope(req, req.params.id) })
}
