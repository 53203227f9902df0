import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Section } from "@/components/staff/GroupDetail"
import { GradeForm } from "@/components/staff/trust/GradeForm"
import { GradeHistory } from "@/components/staff/trust/GradeHistory"
import { GradeBadge } from "@/components/staff/trust/Stars"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { provinceName } from "@/lib/provinces"
import { requireStaff, withStaff } from "@/lib/staff/session"
import { recordGrade } from "@/lib/staff/trust-actions"
import { getStaffProductGrades } from "@/lib/staff/trust-data"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "StaffTrust.grade" })
  return { title: t("title") }
}

export default async function ProductGradesPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireStaff(locale)
  // Outside the officer's provinces, or unknown: the app's 404 page.
  const found = await withStaff(session, locale, (token) => getStaffProductGrades(token, id))
  if (!found) notFound()
  const { product, grades } = found
  const t = await getTranslations("StaffTrust.grade")
  const query = await searchParams
  const doneRound = query.done === "recorded" && typeof query.round === "string" && /^\d{4}$/.test(query.round) ? query.round : null
  const group = product.producer_group
  const latest = grades[0]

  return (
    <div className="space-y-5">
      <Link href="/staff/grades" className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-indigo hover:underline">
        <span aria-hidden="true">←</span> {t("back")}
      </Link>

      <header className="space-y-1">
        <p className="text-sm font-semibold text-ink-soft">{t("title")}</p>
        <h1 className="text-2xl font-bold text-ink" lang="th" data-testid="grade-product">
          {product.title_th}
        </h1>
        {locale === "en" && product.title_en && <p className="text-ink-soft">{product.title_en}</p>}
        <p className="text-sm text-ink-soft">
          <Link href={`/staff/producer-groups/${group.id}`} className="font-semibold text-indigo underline-offset-4 hover:underline" lang="th">
            {group.name_th}
          </Link>
          {" · "}
          {provinceName(group.province_code, locale) ?? group.province_code}
        </p>
        <p className="text-sm">{latest ? <GradeBadge stars={latest.stars} round={latest.round_be} /> : <span className="text-ink-soft">{t("notGraded")}</span>}</p>
      </header>

      {doneRound && (
        <p role="status" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf" data-testid="grade-done">
          {t("done", { round: doneRound })}
        </p>
      )}

      <Section id="section-record" title={t("recordTitle")}>
        <p className="mb-4 text-sm text-ink-soft">{t("recordIntro")}</p>
        <GradeForm key={doneRound ?? "form"} productId={product.id} recordGrade={recordGrade} />
      </Section>

      <Section id="section-history" title={t("historyTitle")}>
        <GradeHistory grades={grades} locale={locale} />
      </Section>
    </div>
  )
}
