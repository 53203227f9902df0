import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { RegistrationCard } from "@/components/producer/registration/RegistrationCard"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { sortedRegistrations, type RegistrationSummary } from "@/lib/producer/registration"
import { listMyRegistrations } from "@/lib/producer/registration-data"
import { requireProducer, withSession } from "@/lib/producer/session"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ submitted?: string | string[] }>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Registration.list" })
  return { title: t("title") }
}

/** Where each of the producer's registrations stands: status, reason, timeline, documents. */
export default async function ProducerRegistrationsPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Registration.list")
  const submittedParam = (await searchParams).submitted
  const submitted = typeof submittedParam === "string" ? submittedParam : undefined

  let registrations: RegistrationSummary[] | null
  try {
    registrations = sortedRegistrations((await withSession(session, locale, (auth) => listMyRegistrations(auth))).registrations)
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] producer registrations:", error instanceof Error ? error.message : error)
    registrations = null
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
          <p className="mt-1 text-sm text-ink-soft">{t("intro")}</p>
        </div>
        {registrations && registrations.length > 0 && (
          <Link href="/producer/register" className={secondaryButtonClass}>
            {t("registerNew")}
          </Link>
        )}
      </div>

      {submitted && (
        <p role="status" className="rounded-xl border border-leaf/25 bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
          <span aria-hidden="true">✓ </span>
          {t("submitted")}
        </p>
      )}

      {registrations === null ? (
        <p role="status" className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          {t("unavailable")}
        </p>
      ) : registrations.length === 0 ? (
        <div className="rounded-2xl border border-line bg-white p-6 text-center">
          <p className="text-ink-soft">{t("empty")}</p>
          <Link href="/producer/register" className={`${primaryButtonClass} mt-4`}>
            {t("registerNew")}
          </Link>
        </div>
      ) : (
        <div className="space-y-4">
          {registrations.map((registration) => (
            <RegistrationCard
              key={registration.id}
              registration={registration}
              locale={locale}
              highlight={registration.handle === submitted}
            />
          ))}
        </div>
      )}
    </div>
  )
}
