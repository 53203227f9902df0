import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StaffRequest } from "../../../../staff-scope"
import { loadGroupInScope } from "../../../load-in-scope"

/** GET /staff/producer-groups/:id/documents/:document_id: one registration document. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const group = await loadGroupInScope(req, req.params.id, ["id", "documents.*"])
  const document = (group.documents ?? []).find((d: any) => d.id === req.params.document_id)
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.document_id} was not found`)
  res.json({ document })
}
