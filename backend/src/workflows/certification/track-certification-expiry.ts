import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { SCHEME_BY_CODE } from "../../modules/certification/data/schemes"
import type CertificationModuleService from "../../modules/certification/service"

export const trackCertificationExpiryWorkflowId = "track-certification-expiry"
export const CERTIFICATION_EXPIRED_EVENT = "certification.expired"
export const CERTIFICATION_EXPIRING_EVENT = "certification.expiring"

const DAY = 86_400_000

/** Verified certifications whose day has come stop counting; the ones expiring soon get a reminder once. */
const expireAndRemindStep = createStep(
  "expire-and-remind-certifications",
  async ({ now }: { now: string }, { container }) => {
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    const at = new Date(now)
    const expired = await service.listCertifications({ status: "verified", expires_at: { $lte: at } } as any)
    if (expired.length) await service.updateCertifications(expired.map((c) => ({ id: c.id, status: "expired" as const })))
    // The longest lead time of any scheme bounds the query; each scheme's own lead time decides.
    const longest = Math.max(...[...SCHEME_BY_CODE.values()].map((s) => s.reminder_days))
    const soon = await service.listCertifications({
      status: "verified",
      expiry_reminded_at: null,
      expires_at: { $gt: at, $lte: new Date(at.getTime() + longest * DAY) },
    } as any)
    const due = soon.filter((c) => {
      const lead = SCHEME_BY_CODE.get(c.scheme)?.reminder_days ?? 90
      return new Date(c.expires_at as any).getTime() - at.getTime() <= lead * DAY
    })
    if (due.length) await service.updateCertifications(due.map((c) => ({ id: c.id, expiry_reminded_at: at })))
    return new StepResponse(
      { expired: expired.map((c) => c.id), expiring: due.map((c) => c.id) },
      { expired: expired.map((c) => c.id), expiring: due.map((c) => c.id) }
    )
  },
  async (done, { container }) => {
    if (!done) return
    const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    if (done.expired.length) await service.updateCertifications(done.expired.map((id) => ({ id, status: "verified" as const })))
    if (done.expiring.length) await service.updateCertifications(done.expiring.map((id) => ({ id, expiry_reminded_at: null })))
  }
)

/** The daily expiry pass (see src/jobs/track-certification-expiry.ts). */
export const trackCertificationExpiryWorkflow = createWorkflow(trackCertificationExpiryWorkflowId, (input: { now: string }) => {
  const result = expireAndRemindStep(input)
  emitEventStep({
    eventName: CERTIFICATION_EXPIRED_EVENT,
    data: transform({ result }, ({ result }) => result.expired.map((id) => ({ id }))),
  }).config({ name: "emit-certifications-expired" })
  emitEventStep({
    eventName: CERTIFICATION_EXPIRING_EVENT,
    data: transform({ result }, ({ result }) => result.expiring.map((id) => ({ id }))),
  }).config({ name: "emit-certifications-expiring" })
  return new WorkflowResponse(result)
})
