import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import { roundYear } from "@/lib/catalog/labels"
import type { OtopGrade, OtopGradeRound } from "@/lib/catalog/types"
import { formatDate } from "@/lib/dates"
import { MedalIcon, StarIcon } from "./icons"

/** "OTOP 5 ดาว ปี 2567" / "OTOP 5-star, 2024 round": a grade is never shown without its round. */
export function useGradeText() {
  const t = useTranslations("Catalog.grade")
  const locale = useLocale() as AppLocale
  // Years go in as text: ICU would print the number 2567 as "2,567".
  return (grade: OtopGrade) => t("text", { stars: String(grade.stars), year: String(roundYear(grade.roundBe, locale)) })
}

function GoldStars({ stars, className }: { stars: number; className: string }) {
  return (
    <span aria-hidden="true" className="inline-flex">
      {Array.from({ length: 5 }, (_, index) => (
        <StarIcon key={index} filled={index < stars} className={`${className} ${index < stars ? "text-gold" : "text-gold/40"}`} />
      ))}
    </span>
  )
}

type GradeBadgeProps = {
  grade: OtopGrade
  /** compact: one line on a product card; full: the product page's official-grade panel. */
  size?: "compact" | "full"
}

/**
 * The official OTOP Product Champion grade (CDD's selection), in gold with a rosette and the word
 * "OTOP": never to be mistaken for the buyers' rating, which is shown in plain ink with a speech bubble.
 */
export function GradeBadge({ grade, size = "compact" }: GradeBadgeProps) {
  const t = useTranslations("Catalog.grade")
  const text = useGradeText()(grade)
  if (size === "compact") {
    return (
      <p
        data-testid="otop-grade"
        data-stars={grade.stars}
        data-round={grade.roundBe}
        className="inline-flex items-center gap-1 rounded-md border border-gold/50 bg-gold-soft px-1.5 py-0.5 text-xs font-semibold text-gold-deep"
      >
        <MedalIcon className="h-3.5 w-3.5 shrink-0" />
        <span className="sr-only">{t("label")}: </span>
        {text}
      </p>
    )
  }
  return (
    <div data-testid="otop-grade" data-stars={grade.stars} data-round={grade.roundBe} className="flex items-start gap-3">
      <span className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-gold text-white">
        <MedalIcon className="h-7 w-7" />
      </span>
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-gold-deep">{t("label")}</p>
        <p className="text-lg font-bold text-ink">{text}</p>
        <GoldStars stars={grade.stars} className="h-5 w-5" />
      </div>
    </div>
  )
}

/** Every round the product was graded in, latest first (the badge shows the latest). */
export function GradeHistory({ grades }: { grades: OtopGradeRound[] }) {
  const t = useTranslations("Catalog.grade")
  const locale = useLocale() as AppLocale
  const gradeText = useGradeText()
  if (grades.length === 0) return null
  return (
    <details className="group mt-3 text-sm" open={grades.length <= 3}>
      <summary className="cursor-pointer font-semibold text-indigo hover:underline">
        {t("history", { count: grades.length })}
      </summary>
      <ol data-testid="grade-history" className="mt-2 space-y-1.5 border-l-2 border-gold/50 pl-3">
        {grades.map((grade) => (
          <li key={grade.roundBe}>
            <span className="font-medium text-ink">{gradeText(grade)}</span>
            {grade.score !== null && <span className="text-ink-soft"> · {t("score", { score: grade.score })}</span>}
            {grade.certificateNumber && <span className="text-ink-soft"> · {t("certificate", { number: grade.certificateNumber })}</span>}
            {grade.announcedAt && (
              <span className="text-ink-soft"> · {t("announced", { date: formatDate(grade.announcedAt, locale) })}</span>
            )}
          </li>
        ))}
      </ol>
    </details>
  )
}
