import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"

export const decideCertificationWorkflowId = "decide-certification"
export const CERTIFICATION_DECIDED_EVENT = "certification.decided"

export type DecideCertificationInput = {
  certification_id: string
  decision: "verify" | "reject"
  reason?: string | null
  /** The deciding CDD officer's id, or the platform operator's (a Medusa admin user, `user_…`). */
  decided_by: string
}

const decideCertificationStep = createStep(
  "decide-certification",
  async (input: DecideCertificationInput, { container }) => {
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    const before = await service.retrieveCertification(input.certification_id)
    if (before.status === "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This certification has no document yet: it is a draft and cannot be decided")
    }
    if (before.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This certification is already ${before.status}`)
    }
    if (input.decision === "reject" && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: say why the certification is rejected")
    }
    if (input.decision === "verify" && before.expires_at && new Date(before.expires_at) <= new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This certification has already expired and cannot be verified")
    }
    const after = await service.updateCertifications({
      id: before.id,
      status: input.decision === "verify" ? "verified" : "rejected",
      status_reason: input.decision === "reject" ? input.reason!.trim() : null,
      decided_by: input.decided_by,
      decided_at: new Date(),
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
      decided_by: before.decided_by,
      decided_at: before.decided_at,
    })
  }
)

/** CDD staff (or a platform operator) verify or reject a pending certification (with a reason); the producer is told. */
export const decideCertificationWorkflow = createWorkflow(decideCertificationWorkflowId, (input: DecideCertificationInput) => {
  const certification = decideCertificationStep(input)
  emitEventStep({
    eventName: CERTIFICATION_DECIDED_EVENT,
    data: transform({ certification }, ({ certification }) => ({ id: certification.id, status: certification.status })),
  })
  return new WorkflowResponse(certification)
})
