import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type StatusChanged = { id: string; from: string; to: string; reason: string | null }

const SUBJECTS: Record<string, { th: string; en: string }> = {
  approved: { th: "กลุ่มของคุณได้รับการอนุมัติแล้ว", en: "Your group has been approved" },
  rejected: { th: "คำขอขึ้นทะเบียนไม่ได้รับการอนุมัติ", en: "Your registration was not approved" },
  suspended: { th: "กลุ่มของคุณถูกระงับชั่วคราว", en: "Your group has been suspended" },
}

/** Tells a group's owners (in Thai and English) that CDD approved, rejected or suspended it, and why. */
export default async function notifyOwnersOfStatusChange({ event, container }: SubscriberArgs<StatusChanged>) {
  const subject = SUBJECTS[event.data.to]
  if (!subject) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields: ["id", "name_th", "name_en", "memberships.role", "memberships.producer.email"],
    filters: { id: event.data.id },
  })
  if (!group) return
  const owners = (group.memberships ?? []).filter((m: any) => m?.role === "owner").map((m: any) => m.producer.email as string)
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications(
    owners.map((to) => ({
      to,
      channel: "email",
      template: `producer-group-${event.data.to}`,
      data: {
        subject: `${subject.th} / ${subject.en}`,
        group_name_th: group.name_th,
        group_name_en: group.name_en,
        status: event.data.to,
        reason: event.data.reason,
      },
    }))
  )
}

export const config: SubscriberConfig = { event: "producer-group.status-changed" }
