import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { secondaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { type ProducerSession, withSession } from "@/lib/producer/session"
import { isTextileProduct, renewalOf, schemesByCode, type ProductAttributes, type TrustVocabularies, type VocabularyTerm } from "@/lib/producer/trust"
import { getProductAttributes, getTrustVocabularies, listProductCertifications } from "@/lib/producer/trust-data"
import { CertificationCard } from "./CertificationCard"

type ProductTrustSectionProps = {
  session: ProducerSession
  locale: AppLocale
  product: { id: string; title: string; categories: { handle: string }[] | null }
}

/** The attributes as readable labels, in the order of the form ("Silk · Praewa, Khit · Natural dye …"). */
function attributeLabels(attributes: ProductAttributes | null, vocabularies: TrustVocabularies, locale: AppLocale, textile: boolean): string[] {
  if (!attributes) return []
  const label = (terms: VocabularyTerm[], code: string | null | undefined) => {
    const term = code ? terms.find((entry) => entry.code === code) : undefined
    return term ? (locale === "en" ? term.en : term.th) : code || null
  }
  const many = (terms: VocabularyTerm[], list: string[] | null) => (list ?? []).map((code) => label(terms, code)).filter(Boolean).join(", ") || null
  const fabric = textile
    ? [
        label(vocabularies.fiber, attributes.fiber),
        many(vocabularies.technique, attributes.techniques),
        label(vocabularies.dye, attributes.dye),
        label(vocabularies.fabric_type, attributes.fabric_type),
        attributes.royal_pattern
          ? `${label(vocabularies.royal_pattern, attributes.royal_pattern)}${attributes.royal_pattern_year_be ? ` (${attributes.royal_pattern_year_be})` : ""}`
          : null,
        attributes.provincial_pattern,
      ]
    : []
  return [...fabric, many(vocabularies.soft_power, attributes.soft_power), many(vocabularies.campaign, attributes.campaigns)].filter((entry): entry is string => !!entry)
}

/** On the product edit page: the product's certifications with their status, and its attributes. */
export async function ProductTrustSection({ session, locale, product }: ProductTrustSectionProps) {
  const t = await getTranslations("Trust.product")
  let loaded
  try {
    loaded = await Promise.all([
      withSession(session, locale, (auth) => listProductCertifications(auth, product.id)),
      withSession(session, locale, (auth) => getProductAttributes(auth, product.id)),
      getTrustVocabularies(locale),
    ])
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] product trust section:", error instanceof Error ? error.message : error)
  }
  const body = (() => {
    if (!loaded) return <p className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">{t("unavailable")}</p>
    const [certifications, attributes, vocabularies] = loaded
    const list = certifications ?? []
    const schemes = schemesByCode(vocabularies.certification_schemes)
    const labels = attributeLabels(attributes ?? null, vocabularies, locale, isTextileProduct(product.categories))
    const now = new Date()
    return (
      <>
        <div className="space-y-3">
          <h3 className="font-semibold text-ink">{t("certifications")}</h3>
          {list.length === 0 ? (
            <p className="text-sm text-ink-soft">{t("none")}</p>
          ) : (
            <ul className="space-y-3" data-testid="product-certifications">
              {list.map((certification) => (
                <li key={certification.id}>
                  <CertificationCard
                    certification={certification}
                    scheme={schemes.get(certification.scheme)}
                    locale={locale}
                    productTitle={product.title}
                    renewed={!!renewalOf(certification, list)}
                    now={now}
                  />
                </li>
              ))}
            </ul>
          )}
          <Link
            href={{ pathname: "/producer/certifications/new", query: { product: product.id } }}
            className={`${secondaryButtonClass} w-full sm:w-auto`}
            data-testid="add-product-certification"
          >
            + {t("add")}
          </Link>
        </div>
        <div className="space-y-2 border-t border-line pt-4">
          <h3 className="font-semibold text-ink">{t("attributes")}</h3>
          {labels.length === 0 ? (
            <p className="text-sm text-ink-soft">{t("attributesNone")}</p>
          ) : (
            <ul className="flex flex-wrap gap-1.5" data-testid="product-attributes-summary">
              {labels.map((text) => (
                <li key={text} className="rounded-full bg-indigo-soft/70 px-2.5 py-0.5 text-sm text-indigo">
                  {text}
                </li>
              ))}
            </ul>
          )}
          <Link
            href={`/producer/products/${encodeURIComponent(product.id)}/attributes`}
            className={`${secondaryButtonClass} w-full sm:w-auto`}
            data-testid="edit-attributes"
          >
            {t("editAttributes")}
          </Link>
        </div>
      </>
    )
  })()
  return (
    <section aria-labelledby="trust-title" data-testid="product-trust" className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="trust-title" className="text-lg font-bold text-ink">
        {t("title")}
      </h2>
      {body}
    </section>
  )
}
