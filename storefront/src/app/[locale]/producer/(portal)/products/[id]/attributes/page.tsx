import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { AttributesForm } from "@/components/producer/trust/AttributesForm"
import { TrustMessages } from "@/components/producer/trust/TrustMessages"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { getEditableProduct } from "@/lib/producer/edit-data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { attributesValuesFrom, isTextileProduct } from "@/lib/producer/trust"
import { saveProductAttributes } from "@/lib/producer/trust-actions"
import { getProductAttributes, getTrustVocabularies } from "@/lib/producer/trust-data"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Trust.attributes" })
  return { title: t("title") }
}

/** A product's fabric (textiles), soft-power and campaign attributes, on a page of its own for phones. */
export default async function ProductAttributesPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireProducer(locale)
  const [t, query] = await Promise.all([getTranslations("Trust.attributes"), searchParams])
  const [product, attributes, vocabularies] = await Promise.all([
    withSession(session, locale, (auth) => getEditableProduct(auth, id)),
    withSession(session, locale, (auth) => getProductAttributes(auth, id)),
    getTrustVocabularies(locale),
  ])
  if (!product || attributes === undefined) notFound()
  const { certification_schemes: _schemes, ...terms } = vocabularies
  const saved = typeof query.saved === "string" ? query.saved : ""

  return (
    <div className="space-y-5">
      <div>
        <Link href={`/producer/products/${encodeURIComponent(product.id)}`} className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="mt-1 text-ink" data-testid="attributes-product-title">
          {product.title}
        </p>
        <p className="mt-1 text-sm text-ink-soft">{t("intro")}</p>
      </div>
      {saved && (
        <p role="status" data-testid="attributes-saved" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
          {t("saved")}
        </p>
      )}
      <TrustMessages>
        <AttributesForm
          // A save comes back with the stored values: start the form again from them.
          key={saved}
          locale={locale}
          productId={product.id}
          textile={isTextileProduct(product.categories)}
          vocabularies={terms}
          initialValues={attributesValuesFrom(attributes)}
          action={saveProductAttributes}
        />
      </TrustMessages>
    </div>
  )
}
