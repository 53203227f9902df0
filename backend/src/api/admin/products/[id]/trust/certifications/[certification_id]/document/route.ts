import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { streamFile } from "../../../../../../../utils/stream-file"
import { loadProductCertification, loadTrustProduct } from "../../../shared"

/** GET /admin/products/:id/trust/certifications/:certification_id/document: the certificate's scan (a private file). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await loadTrustProduct(req, req.params.id)
  const certification = await loadProductCertification(req, product, req.params.certification_id)
  if (!certification.document_file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This certification has no document")
  await streamFile(req, res, {
    file_id: certification.document_file_id,
    filename: certification.document_filename ?? "document",
    mime_type: certification.document_mime_type,
  })
}
