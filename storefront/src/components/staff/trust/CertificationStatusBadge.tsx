import { useTranslations } from "next-intl"
import { isCertificationStatus } from "@/lib/staff/trust"

const TONES: Record<string, string> = {
  pending: "bg-gold-soft text-gold-deep border-gold/40",
  verified: "bg-leaf-soft text-leaf border-leaf/25",
  rejected: "bg-clay-soft text-clay border-clay/25",
  expired: "bg-clay-soft text-clay border-clay/25",
  draft: "border-line bg-paper-deep text-ink-soft",
}

/** A certification's status pill (pending gold, verified green, rejected/expired clay, draft grey). */
export function CertificationStatusBadge({ status }: { status: string }) {
  const t = useTranslations("StaffTrust.certStatus")
  return (
    <span
      data-testid="cert-status"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-0.5 text-sm font-semibold ${TONES[status] ?? TONES.draft}`}
    >
      <span aria-hidden="true" className="h-2 w-2 rounded-full bg-current" />
      {t(isCertificationStatus(status) ? status : "unknown")}
    </span>
  )
}
