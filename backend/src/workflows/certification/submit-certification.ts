import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { certificateDate } from "./dates"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { normaliseNumber, SCHEME_BY_CODE } from "../../modules/certification/data/schemes"
import type CertificationModuleService from "../../modules/certification/service"

export const submitCertificationWorkflowId = "submit-certification"
export const CERTIFICATION_SUBMITTED_EVENT = "certification.submitted"

export type SubmitCertificationInput = {
  group_id: string
  province_code: string
  /** Null for a certification of the whole group. */
  product_id: string | null
  scheme: string
  number?: string | null
  certificate_number?: string | null
  issued_at?: string | null
  expires_at?: string | null
  document?: { file_id: string; url: string; filename: string; mime_type: string } | null
  details?: Record<string, unknown> | null
  submitted_by: string
}

/** Checks the claim against its scheme: known, right subject, number in the scheme's format, sane dates. */
export function validateCertification(input: SubmitCertificationInput): { number: string | null } {
  const scheme = SCHEME_BY_CODE.get(input.scheme)
  if (!scheme) throw new MedusaError(MedusaError.Types.INVALID_DATA, `scheme: '${input.scheme}' is not a known scheme`)
  if (scheme.applies_to === "group" && input.product_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `scheme: ${scheme.label.en} certifies the producer; submit it for the group (POST /producer/certifications)`)
  }
  if (scheme.applies_to === "product" && !input.product_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `scheme: ${scheme.label.en} certifies a product; submit it for the product (POST /producer/products/:id/certifications)`)
  }
  let number: string | null = null
  if (scheme.format) {
    const normalised = normaliseNumber(scheme.code, input.number ?? "")
    if (!normalised.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, input.number ? normalised.message : `number: required, ${scheme.format.hint.en} (${scheme.format.hint.th})`)
    }
    number = normalised.stored
  } else if (input.number) {
    number = input.number.trim()
  }
  const issued = input.issued_at ? certificateDate(input.issued_at) : null
  const expires = input.expires_at ? certificateDate(input.expires_at) : null
  if (issued && Number.isNaN(issued.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, "issued_at: not a date (YYYY-MM-DD)")
  if (expires && Number.isNaN(expires.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: not a date (YYYY-MM-DD)")
  if (issued && issued.getTime() > Date.now() + 86_400_000) throw new MedusaError(MedusaError.Types.INVALID_DATA, "issued_at: cannot be in the future")
  if (issued && expires && expires <= issued) throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: must be after issued_at")
  return { number }
}

const createCertificationStep = createStep(
  "create-certification",
  async (input: SubmitCertificationInput, { container }) => {
    const { number } = validateCertification(input)
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    const scheme = SCHEME_BY_CODE.get(input.scheme)!
    // A default expiry where the scheme has a known validity and the producer gave only the issue date.
    let expires = input.expires_at ? certificateDate(input.expires_at) : null
    if (!expires && input.issued_at && scheme.default_validity_years) {
      expires = certificateDate(input.issued_at)
      expires.setFullYear(expires.getFullYear() + scheme.default_validity_years)
    }
    const created = await service.createCertifications({
      scheme: input.scheme,
      number,
      certificate_number: input.certificate_number?.trim() || null,
      issued_at: input.issued_at ? certificateDate(input.issued_at) : null,
      expires_at: expires,
      status: input.document ? "pending" : "draft",
      group_id: input.group_id,
      province_code: input.province_code,
      product_id: input.product_id,
      document_file_id: input.document?.file_id ?? null,
      document_url: input.document?.url ?? null,
      document_filename: input.document?.filename ?? null,
      document_mime_type: input.document?.mime_type ?? null,
      details: (input.details ?? null) as any,
      submitted_by: input.submitted_by,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    await service.deleteCertifications(id)
  }
)

/**
 * A producer claims a certification for a product or its group. With a document it waits for
 * staff in the province to verify it; without one it is kept as a draft.
 */
export const submitCertificationWorkflow = createWorkflow(submitCertificationWorkflowId, (input: SubmitCertificationInput) => {
  const certification = createCertificationStep(input)
  createRemoteLinkStep(
    transform({ certification, input }, ({ certification, input }) =>
      input.product_id
        ? [{ [Modules.PRODUCT]: { product_id: input.product_id }, [CERTIFICATION_MODULE]: { certification_id: certification.id } }]
        : []
    )
  )
  emitEventStep({
    eventName: CERTIFICATION_SUBMITTED_EVENT,
    data: transform({ certification }, ({ certification }) => ({ id: certification.id, status: certification.status })),
  })
  return new WorkflowResponse(certification)
})
