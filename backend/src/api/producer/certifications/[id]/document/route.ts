import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { attachCertificationDocumentWorkflow } from "../../../../../workflows/certification/attach-certification-document"
import { parseOrThrow } from "../../../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../../../acting-group"
import { loadOwnDocument, presentCertification } from "../../shared"

const AttachDocumentBody = z.object({ document_id: z.string().trim().min(1, "the id of an upload with purpose=document") })

/**
 * POST /producer/certifications/:id/document { document_id }: attaches the document to a claim
 * saved as a draft (or replaces it on a pending or rejected claim); the claim becomes pending.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  // Another group's certification is a 404 before anything about the body is said.
  const [own] = await service.listCertifications({ id: req.params.id, group_id: actingGroupId(req) }, { select: ["id"] })
  if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certification with id: ${req.params.id} was not found`)
  const body = parseOrThrow(AttachDocumentBody, req.body)
  const document = await loadOwnDocument(req, body.document_id)
  const { result } = await attachCertificationDocumentWorkflow(req.scope).run({
    input: { certification_id: own.id, document, submitted_by: req.producer.producer_id },
  })
  res.json({ certification: presentCertification(result) })
}
