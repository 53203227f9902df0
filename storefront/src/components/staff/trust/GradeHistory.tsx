import { useTranslations } from "next-intl"
import { safeDate } from "@/components/staff/format"
import type { AppLocale } from "@/i18n/routing"
import type { OtopGrade } from "@/lib/staff/trust-types"
import { GradeBadge } from "./Stars"

const SOURCES = ["staff", "cdd_open_data", "operator"] as const

/** The product's official grades, latest round first, with score, certificate, announcement date (BE) and source. */
export function GradeHistory({ grades, locale }: { grades: OtopGrade[]; locale: AppLocale }) {
  const t = useTranslations("StaffTrust.history")
  if (!grades.length) {
    return (
      <p className="text-ink-soft" data-testid="grade-history-empty">
        {t("empty")}
      </p>
    )
  }
  return (
    <ol className="divide-y divide-line" data-testid="grade-history">
      {grades.map((grade, index) => {
        const announced = safeDate(grade.announced_at, locale, { dateStyle: "long" })
        const source = (SOURCES as readonly string[]).includes(grade.source) ? (grade.source as (typeof SOURCES)[number]) : null
        return (
          <li key={grade.id} className="py-3 first:pt-0 last:pb-0" data-testid="grade-round" data-round={grade.round_be} data-stars={grade.stars}>
            <div className="flex flex-wrap items-center gap-2">
              <GradeBadge stars={grade.stars} round={grade.round_be} />
              {index === 0 && <span className="rounded-full bg-indigo-soft px-2 py-0.5 text-xs font-semibold text-indigo">{t("latest")}</span>}
            </div>
            <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-ink-soft">
              {grade.score !== null && grade.score !== undefined && (
                <div className="flex gap-1">
                  <dt>{t("score")}:</dt>
                  <dd className="tabular-nums text-ink">{grade.score}</dd>
                </div>
              )}
              {grade.certificate_number && (
                <div className="flex gap-1">
                  <dt>{t("certificate")}:</dt>
                  <dd className="text-ink">{grade.certificate_number}</dd>
                </div>
              )}
              {announced && (
                <div className="flex gap-1">
                  <dt>{t("announced")}:</dt>
                  <dd className="text-ink">{announced}</dd>
                </div>
              )}
              {source && (
                <div className="flex gap-1">
                  <dt>{t("source")}:</dt>
                  <dd className="text-ink">{t(`sources.${source}`)}</dd>
                </div>
              )}
            </dl>
          </li>
        )
      })}
    </ol>
  )
}
