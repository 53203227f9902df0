import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { SCHEME_BY_CODE } from "../../../modules/certification/data/schemes"
import type CertificationModuleService from "../../../modules/certification/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { submitCertificationWorkflow } from "../../../workflows/certification/submit-certification"
import { parseOrThrow } from "../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../acting-group"

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "a date as YYYY-MM-DD (Christian era)")

export const SubmitCertificationBody = z.object({
  scheme: z.string().trim().min(2).max(40),
  number: z.string().trim().max(80).nullish(),
  certificate_number: z.string().trim().max(80).nullish(),
  issued_at: isoDate.nullish(),
  expires_at: isoDate.nullish(),
  document_id: z.string().nullish(), // one of the group's uploads
  details: z.record(z.string(), z.unknown()).nullish(),
})

const DAY = 86_400_000

/** A certification as producers see it: status, display number, and how soon it expires. */
export function presentCertification(c: any) {
  const scheme = SCHEME_BY_CODE.get(c.scheme)
  const expiresInDays = c.expires_at ? Math.ceil((new Date(c.expires_at).getTime() - Date.now()) / DAY) : null
  return {
    ...c,
    scheme_label: scheme?.label ?? null,
    number_display: c.number && scheme?.format?.display ? scheme.format.display(c.number) : c.number,
    lookup_url: scheme?.lookup_url ?? null,
    expires_in_days: expiresInDays,
    expiry_warning: c.status === "verified" && expiresInDays !== null && expiresInDays <= (scheme?.reminder_days ?? 90),
  }
}

export type CertificationDocument = { file_id: string; url: string; filename: string; mime_type: string }

/** One of the group's (or the producer's own) private uploads, as a certification's document. */
export async function loadOwnDocument(req: ProducerRequest, documentId: string): Promise<CertificationDocument> {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [upload] = await producers.listProducerUploads({ id: documentId })
  if (!upload || (upload.group_id !== actingGroupId(req) && upload.producer_id !== req.producer.producer_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `document_id: upload ${documentId} was not found`)
  }
  if (upload.purpose !== "document") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `document_id: upload ${documentId} is a public picture; upload documents with purpose=document`)
  }
  return { file_id: upload.file_id, url: upload.url, filename: upload.filename, mime_type: upload.mime_type }
}

/** Files a certification for the acting group (and one of its products, or the group itself). */
export async function submitForActingGroup(req: ProducerRequest, productId: string | null) {
  const body = parseOrThrow(SubmitCertificationBody, req.body)
  const groupId = actingGroupId(req)
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const group = await producers.retrieveProducerGroup(groupId)
  const document = body.document_id ? await loadOwnDocument(req, body.document_id) : null
  const { result } = await submitCertificationWorkflow(req.scope).run({
    input: {
      group_id: groupId,
      province_code: group.province_code as string,
      product_id: productId,
      scheme: body.scheme,
      number: body.number,
      certificate_number: body.certificate_number,
      issued_at: body.issued_at,
      expires_at: body.expires_at,
      document,
      details: body.details ?? null,
      submitted_by: req.producer.producer_id,
    },
  })
  return presentCertification(result)
}

export async function listForActingGroup(req: ProducerRequest, productId?: string) {
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const rows = await service.listCertifications(
    { group_id: actingGroupId(req), ...(productId ? { product_id: productId } : {}) },
    { order: { created_at: "DESC" } }
  )
  return rows.map(presentCertification)
}
