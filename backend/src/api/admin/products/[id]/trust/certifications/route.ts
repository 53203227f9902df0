import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { addCertificationByOperatorWorkflow } from "../../../../../../workflows/certification/add-certification-by-operator"
import { validateCertification } from "../../../../../../workflows/certification/submit-certification"
import { UPLOAD_TYPES, utf8Filename, type IncomingFile } from "../../../../../producer/uploads/validation"
import { parseOrThrow } from "../../../../../utils/validate"
import { loadTrustProduct, operatorId, requireGroup, trustData } from "../shared"

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD (Christian era)")
// Multipart fields arrive as strings: an empty one means "not given".
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === "" ? null : v), schema.nullish())

const AddCertificationBody = z
  .object({
    scheme: z.string().trim().min(2, "choose a scheme").max(40),
    number: optional(z.string().trim().max(80)),
    certificate_number: optional(z.string().trim().max(80)),
    issued_at: optional(isoDate),
    expires_at: optional(isoDate),
    // Scheme-specific facts (a GI's name and provinces): an object, or its JSON text in a form.
    details: optional(
      z.preprocess((v) => {
        if (typeof v !== "string") return v
        try {
          return JSON.parse(v)
        } catch {
          return v
        }
      }, z.record(z.string(), z.unknown(), { message: "an object of scheme-specific facts (JSON)" }))
    ),
  })
  .strict()

/**
 * POST /admin/products/:id/trust/certifications (JSON, or multipart with the certificate's scan
 * in `document`): an operator adds a product certification { scheme, number, certificate_number?,
 * issued_at?, expires_at?, details? }. The producer's rules apply: a wrong number is a 400 showing
 * the expected format, and without a document it is a draft. Answers 201 with the trust data.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await loadTrustProduct(req, req.params.id)
  const body = parseOrThrow(AddCertificationBody, req.body ?? {})
  const group = requireGroup(product)
  const file = (req as any).file as IncomingFile | undefined
  if (file && !UPLOAD_TYPES[file.mimetype]) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `document: '${utf8Filename(file.originalname)}' is ${file.mimetype || "of an unknown type"}; allowed are PDF, JPEG, PNG and WebP`)
  }
  const claim = { ...body, group_id: group.id, province_code: group.province_code, product_id: product.id }
  // The workflow checks this too; checking first keeps a refused claim from storing its scan at all.
  validateCertification({ ...claim, submitted_by: operatorId(req) })
  const { result } = await addCertificationByOperatorWorkflow(req.scope).run({
    input: {
      ...claim,
      details: body.details ?? null,
      document: file ? { filename: utf8Filename(file.originalname), mime_type: file.mimetype, content: file.buffer.toString("base64") } : null,
      operator_id: operatorId(req),
    },
  })
  res.status(201).json({ certification_id: result.id, ...(await trustData(req, product)) })
}
