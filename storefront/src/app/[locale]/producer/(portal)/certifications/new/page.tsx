import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { CertificationForm } from "@/components/producer/trust/CertificationForm"
import { TrustMessages } from "@/components/producer/trust/TrustMessages"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { listProducerProducts } from "@/lib/producer/data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { submitCertification } from "@/lib/producer/trust-actions"
import { getTrustVocabularies } from "@/lib/producer/trust-data"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Trust.form" })
  return { title: t("title") }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Add a certification; ?product=<id> and ?scheme=<code> prefill it (from a product page or a renewal). */
export default async function NewCertificationPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const [t, query] = await Promise.all([getTranslations("Trust.form"), searchParams])
  const [{ products }, vocabularies] = await Promise.all([
    withSession(session, locale, (auth) => listProducerProducts(auth)),
    getTrustVocabularies(locale),
  ])
  const productId = first(query.product)
  const fromProduct = productId && products.some((product) => product.id === productId) ? productId : undefined

  return (
    <div className="space-y-5">
      <div>
        <Link
          href={fromProduct ? `/producer/products/${encodeURIComponent(fromProduct)}` : "/producer/certifications"}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo hover:underline"
        >
          ← {fromProduct ? t("backToProduct") : t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="mt-1 text-sm text-ink-soft">{t("intro")}</p>
      </div>
      <TrustMessages>
        <CertificationForm
          locale={locale}
          schemes={vocabularies.certification_schemes}
          products={products.map((product) => ({ id: product.id, title: product.title }))}
          initialScheme={first(query.scheme)}
          initialProductId={fromProduct}
          action={submitCertification}
        />
      </TrustMessages>
    </div>
  )
}
