import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { streamFile } from "../../../../../../utils/stream-file"
import type { StaffRequest } from "../../../../../staff-scope"
import { loadGroupInScope } from "../../../../load-in-scope"

/** GET /staff/producer-groups/:id/documents/:document_id/content: the document itself (private file). */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const group = await loadGroupInScope(req, req.params.id, ["id", "documents.*"])
  const document = (group.documents ?? []).find((d: any) => d.id === req.params.document_id)
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.document_id} was not found`)
  await streamFile(req, res, { file_id: document.file_id, filename: document.filename, mime_type: document.mime_type })
}
