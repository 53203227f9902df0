import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { streamFile } from "../../../../utils/stream-file"
import type { StaffRequest } from "../../../staff-scope"
import { loadCertificationInScope } from "../../load-in-scope"

/** GET /staff/certifications/:id/document: the certificate the producer filed (private file). */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const certification = await loadCertificationInScope(req, req.params.id)
  if (!certification.document_file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This certification has no document")
  await streamFile(req, res, {
    file_id: certification.document_file_id,
    filename: certification.document_filename ?? "document",
    mime_type: certification.document_mime_type,
  })
}
