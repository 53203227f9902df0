import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { CERTIFICATION_SUBMITTED_EVENT } from "./submit-certification"

export const attachCertificationDocumentWorkflowId = "attach-certification-document"

export type AttachCertificationDocumentInput = {
  certification_id: string
  document: { file_id: string; url: string; filename: string; mime_type: string }
  submitted_by: string
}

/** Statuses whose claim can still get (or change) its document; a decided, valid one cannot. */
const OPEN_STATUSES = ["draft", "pending", "rejected"] as const

const attachDocumentStep = createStep(
  "attach-certification-document",
  async (input: AttachCertificationDocumentInput, { container }) => {
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    const before = await service.retrieveCertification(input.certification_id)
    if (!(OPEN_STATUSES as readonly string[]).includes(before.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This certification is already ${before.status}; submit a new certification for a renewed certificate`
      )
    }
    // A draft (or a rejected claim with a new document) goes to the staff queue again.
    const after = await service.updateCertifications({
      id: before.id,
      status: "pending",
      status_reason: null,
      document_file_id: input.document.file_id,
      document_url: input.document.url,
      document_filename: input.document.filename,
      document_mime_type: input.document.mime_type,
      submitted_by: input.submitted_by,
      decided_by: null,
      decided_at: null,
    })
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    await service.updateCertifications({
      id: before.id,
      status: before.status,
      status_reason: before.status_reason,
      document_file_id: before.document_file_id,
      document_url: before.document_url,
      document_filename: before.document_filename,
      document_mime_type: before.document_mime_type,
      submitted_by: before.submitted_by,
      decided_by: before.decided_by,
      decided_at: before.decided_at,
    })
  }
)

/**
 * A producer attaches the document to a claim saved without one (or replaces the document of a
 * pending or rejected claim): it waits for staff in the province again.
 */
export const attachCertificationDocumentWorkflow = createWorkflow(
  attachCertificationDocumentWorkflowId,
  (input: AttachCertificationDocumentInput) => {
    const certification = attachDocumentStep(input)
    emitEventStep({
      eventName: CERTIFICATION_SUBMITTED_EVENT,
      data: transform({ certification }, ({ certification }) => ({ id: certification.id, status: certification.status })),
    })
    return new WorkflowResponse(certification)
  }
)
