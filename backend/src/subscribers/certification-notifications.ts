import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../modules/certification"
import { SCHEME_BY_CODE } from "../modules/certification/data/schemes"
import type CertificationModuleService from "../modules/certification/service"

const SUBJECTS: Record<string, { th: string; en: string }> = {
  verified: { th: "ใบรับรองได้รับการตรวจสอบแล้ว", en: "Certification verified" },
  rejected: { th: "ใบรับรองไม่ผ่านการตรวจสอบ", en: "Certification rejected" },
  expiring: { th: "ใบรับรองใกล้หมดอายุ", en: "Certification expiring soon" },
  expired: { th: "ใบรับรองหมดอายุแล้ว", en: "Certification expired" },
}

/** Tells a group's owners (Thai and English) what happened to one of their certifications. */
export default async function notifyCertificationOwners({ event, container }: SubscriberArgs<{ id: string; status?: string }>) {
  const kind = event.name === "certification.expiring" ? "expiring" : event.name === "certification.expired" ? "expired" : event.data.status
  const subject = kind ? SUBJECTS[kind] : undefined
  if (!subject) return // submitted drafts and pending claims need no notice
  const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
  const [certification] = await service.listCertifications({ id: event.data.id })
  if (!certification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields: ["id", "memberships.role", "memberships.producer.email"],
    filters: { id: certification.group_id },
  })
  const owners = ((group as any)?.memberships ?? []).filter((m: any) => m?.role === "owner").map((m: any) => m.producer.email as string)
  if (!owners.length) return
  const scheme = SCHEME_BY_CODE.get(certification.scheme)
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    owners.map((to: string) => ({
      to,
      channel: "email",
      template: `certification-${kind}`,
      data: {
        subject: `${subject.th} / ${subject.en}`,
        scheme: certification.scheme,
        scheme_label: scheme?.label,
        number: certification.number,
        product_id: certification.product_id,
        expires_at: certification.expires_at,
        reason: certification.status_reason,
      },
    }))
  )
}

export const config: SubscriberConfig = { event: ["certification.decided", "certification.expiring", "certification.expired"] }
