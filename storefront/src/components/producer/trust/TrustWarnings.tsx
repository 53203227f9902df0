import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { type ProducerSession, withSession } from "@/lib/producer/session"
import { certificationWarnings, schemesByCode, warningSummary, type WarningSummary } from "@/lib/producer/trust"
import { getTrustVocabularies, listGroupCertifications } from "@/lib/producer/trust-data"

/** "2 have expired, 1 expires in 40 days" with what to do, or nothing when all is well. */
export async function TrustWarningsPanel({ summary, showLink }: { summary: WarningSummary; showLink: boolean }) {
  if (summary.expired === 0 && summary.expiring === 0) return null
  const t = await getTranslations("Trust.warnings")
  return (
    <section
      aria-labelledby="trust-warnings-title"
      data-testid="trust-warnings"
      data-expired={summary.expired}
      data-expiring={summary.expiring}
      className={`rounded-2xl border p-4 shadow-sm ${summary.expired > 0 ? "border-clay/40 bg-clay-soft/60" : "border-gold/40 bg-gold-soft/60"}`}
    >
      <h2 id="trust-warnings-title" className="flex items-center gap-2 font-bold text-ink">
        <span aria-hidden="true">⚠</span>
        {t("title")}
      </h2>
      <ul className="mt-2 space-y-1 text-sm font-medium">
        {summary.expired > 0 && (
          <li className="text-clay" data-testid="trust-warnings-expired">
            {t("expired", { count: summary.expired })}
          </li>
        )}
        {summary.expiring > 0 && (
          <li className="text-gold-deep" data-testid="trust-warnings-expiring">
            {t("expiring", { count: summary.expiring, days: summary.soonestDays ?? 0 })}
          </li>
        )}
      </ul>
      <p className="mt-2 text-sm text-ink-soft">{t("hint")}</p>
      {showLink && (
        <Link href="/producer/certifications" className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline">
          {t("view")} →
        </Link>
      )}
    </section>
  )
}

/** The dashboard's summary: loads the group's certifications itself; a failure only hides it (logged). */
export async function DashboardTrustWarnings({ session, locale }: { session: ProducerSession; locale: AppLocale }) {
  try {
    const [certifications, vocabularies] = await Promise.all([
      withSession(session, locale, (auth) => listGroupCertifications(auth)),
      getTrustVocabularies(locale),
    ])
    const summary = warningSummary(certificationWarnings(certifications, schemesByCode(vocabularies.certification_schemes)))
    return <TrustWarningsPanel summary={summary} showLink />
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] producer dashboard certifications:", error instanceof Error ? error.message : error)
    return null
  }
}
