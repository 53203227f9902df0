import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { primaryButtonClass } from "@/components/producer/fields"
import { CertificationCard } from "@/components/producer/trust/CertificationCard"
import { TrustWarningsPanel } from "@/components/producer/trust/TrustWarnings"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { listProducerProducts } from "@/lib/producer/data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { certificationWarnings, renewalOf, schemesByCode, warningSummary } from "@/lib/producer/trust"
import { getTrustVocabularies, listGroupCertifications } from "@/lib/producer/trust-data"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Trust.list" })
  return { title: t("title") }
}

/** The group's certifications (group-wide ones first, then per product) with expiry warnings. */
export default async function CertificationsPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Trust.list")

  let loaded
  try {
    loaded = await Promise.all([
      withSession(session, locale, (auth) => listGroupCertifications(auth)),
      withSession(session, locale, (auth) => listProducerProducts(auth)),
      getTrustVocabularies(locale),
    ])
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] producer certifications:", error instanceof Error ? error.message : error)
  }

  const header = (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
      <p className="text-sm text-ink-soft">{t("intro")}</p>
      <Link href="/producer/certifications/new" className={`${primaryButtonClass} w-full sm:w-auto`} data-testid="add-certification">
        + {t("add")}
      </Link>
    </div>
  )
  if (!loaded) {
    return (
      <div className="space-y-5">
        {header}
        <p role="status" className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          {t("unavailable")}
        </p>
      </div>
    )
  }

  const [certifications, { products }, vocabularies] = loaded
  const now = new Date()
  const schemes = schemesByCode(vocabularies.certification_schemes)
  const titles = new Map(products.map((product) => [product.id, product.title]))
  const groupWide = certifications.filter((certification) => !certification.product_id)
  const ofProducts = certifications.filter((certification) => certification.product_id)
  const summary = warningSummary(certificationWarnings(certifications, schemes, now))

  const cards = (list: typeof certifications) => (
    <ul className="space-y-3">
      {list.map((certification) => (
        <li key={certification.id}>
          <CertificationCard
            certification={certification}
            scheme={schemes.get(certification.scheme)}
            locale={locale}
            productTitle={certification.product_id ? (titles.get(certification.product_id) ?? t("unknownProduct")) : null}
            renewed={!!renewalOf(certification, certifications)}
            now={now}
          />
        </li>
      ))}
    </ul>
  )

  return (
    <div className="space-y-6">
      {header}
      <TrustWarningsPanel summary={summary} showLink={false} />
      {certifications.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-5 text-center text-ink-soft">{t("empty")}</p>
      ) : (
        <>
          {ofProducts.length > 0 && (
            <section aria-labelledby="product-certifications" className="space-y-3">
              <h2 id="product-certifications" className="text-lg font-bold text-ink">
                {t("productSection")}
              </h2>
              {cards(ofProducts)}
            </section>
          )}
          {groupWide.length > 0 && (
            <section aria-labelledby="group-certifications" className="space-y-3">
              <h2 id="group-certifications" className="text-lg font-bold text-ink">
                {t("groupSection")}
              </h2>
              {cards(groupWide)}
            </section>
          )}
        </>
      )}
    </div>
  )
}
