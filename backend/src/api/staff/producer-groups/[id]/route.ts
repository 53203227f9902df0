import type { MedusaResponse } from "@medusajs/framework/http"
import type { StaffRequest } from "../../staff-scope"
import { loadGroupInScope, withoutPayout } from "../load-in-scope"

/** GET /staff/producer-groups/:id: the registration with its members, documents and history. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  res.json({ producer_group: withoutPayout(await loadGroupInScope(req, req.params.id)) })
}
