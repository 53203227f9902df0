import { useTranslations } from "next-intl"
import { starGlyphs } from "@/lib/staff/trust"

/** An official OTOP grade: gold stars (decorative) and the words, always with its round. */
export function GradeBadge({ stars, round }: { stars: number; round: number }) {
  const t = useTranslations("StaffTrust.grade")
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5" data-testid="grade-badge" data-stars={stars} data-round={round}>
      <span aria-hidden="true" className="tracking-wider text-gold">
        {starGlyphs(stars)}
      </span>
      <span className="font-semibold text-ink">{t("badge", { stars, round: String(round) })}</span>
    </span>
  )
}
