import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { cache } from "react"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { FromPrice } from "@/components/FromPrice"
import { CategoryIcon, PinIcon } from "@/components/icons"
import { Price } from "@/components/Price"
import { ProductImage } from "@/components/ProductImage"
import { StockBadge } from "@/components/StockBadge"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { GradeBadge } from "@/components/trust/GradeBadge"
import { RatingSummary } from "@/components/trust/RatingSummary"
import { ReviewsSection, TrustSection } from "@/components/trust/TrustSection"
import { VariantList } from "@/components/VariantList"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import type { BuyerRating, ProductTrust, ReviewPage, Vocabularies } from "@/lib/catalog/types"
import { formatDate } from "@/lib/dates"
import { getProductByHandle, logStoreError, type Product } from "@/lib/medusa"
import { getProductReviews, getProductTrust, getVocabularies } from "@/lib/medusa/catalog"
import { getGroupClosure } from "@/lib/medusa/producer-groups"
import { formatTHB } from "@/lib/money"
import { provinceName } from "@/lib/provinces"
import { localizedAlternates, siteUrl, summarize } from "@/lib/site"

type ProductPageProps = {
  params: Promise<{ locale: string; handle: string }>
}

type LoadResult = { status: "found"; product: Product } | { status: "missing" } | { status: "unavailable" }

// Memoised per request: generateMetadata and the page share one load (and one log line).
const loadProduct = cache(async (locale: AppLocale, handle: string): Promise<LoadResult> => {
  try {
    const product = await getProductByHandle(locale, handle)
    return product ? { status: "found", product } : { status: "missing" }
  } catch (error) {
    logStoreError(`product ${handle}`, error)
    return { status: "unavailable" }
  }
})

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const result = await loadProduct(locale, handle)
  if (result.status !== "found") {
    const t = await getTranslations("NotFound")
    return { title: result.status === "missing" ? t("productTitle") : undefined, robots: { index: false } }
  }
  const { product } = result
  return {
    title: product.title,
    description: summarize(product.subtitle || product.description),
    alternates: localizedAlternates(locale, `/products/${product.handle}`),
    openGraph: {
      title: product.title,
      description: summarize(product.subtitle || product.description),
      images: product.thumbnail ? [{ url: product.thumbnail, alt: product.title }] : undefined,
    },
  }
}

type TrustLoad = { trust: ProductTrust | null; vocabularies: Vocabularies } | "unavailable"

/** Grade, certifications and attributes (null when the product has no catalog entry yet). */
async function loadTrust(locale: AppLocale, productId: string): Promise<TrustLoad> {
  try {
    const [trust, vocabularies] = await Promise.all([getProductTrust(locale, productId), getVocabularies(locale)])
    return { trust, vocabularies }
  } catch (error) {
    logStoreError(`trust ${productId}`, error)
    return "unavailable"
  }
}

async function loadReviews(locale: AppLocale, productId: string): Promise<ReviewPage | null> {
  try {
    return await getProductReviews(locale, productId)
  } catch (error) {
    logStoreError(`reviews ${productId}`, error)
    return null
  }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const result = await loadProduct(locale, handle)
  if (result.status === "missing") notFound()
  if (result.status === "unavailable") {
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={`/products/${handle}`} />
      </div>
    )
  }

  const { product } = result
  const t = await getTranslations("Product")
  const province = provinceName(product.provinceCode, locale)
  const category = product.categories[0]
  const range = product.priceRange
  const showFrom = range !== null && range.min.amount !== range.max.amount
  const singleVariant = product.variants.length === 1 ? product.variants[0] : null
  const gallery = product.images.filter((image) => image.url !== product.thumbnail)
  // A temporarily closed group: the product stays visible, the page says when it can be ordered again.
  const [closure, trustLoad, reviews] = await Promise.all([
    product.producerGroup
      ? getGroupClosure(locale, product.producerGroup).catch((error) => {
          logStoreError(`group ${product.producerGroup}`, error)
          return null
        })
      : null,
    loadTrust(locale, product.id),
    loadReviews(locale, product.id),
  ])
  const trust = trustLoad === "unavailable" ? null : trustLoad.trust
  const tCatalog = await getTranslations("Catalog")

  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8">
      <ProductJsonLd product={product} locale={locale} rating={reviews?.rating ?? null} />
      <Breadcrumbs
        label={t("breadcrumb")}
        items={[
          { label: t("home"), href: "/" },
          ...(category ? [{ label: category.name, href: `/categories/${category.handle}` }] : []),
          { label: product.title },
        ]}
      />

      <div className="mt-4 grid gap-6 sm:mt-6 md:grid-cols-2 md:gap-10">
        <div className="space-y-3">
          <div className="relative aspect-square overflow-hidden rounded-3xl border border-line bg-paper-deep">
            <ProductImage
              src={product.thumbnail}
              alt={t("imageAlt", { title: product.title })}
              sizes="(min-width: 1152px) 540px, (min-width: 768px) 50vw, 100vw"
              noImageLabel={t("noImage")}
              preload
            />
          </div>
          {gallery.length > 0 && (
            <ul role="list" className="grid grid-cols-4 gap-2">
              {gallery.slice(0, 4).map((image, index) => (
                <li key={image.url} className="relative aspect-square overflow-hidden rounded-xl border border-line bg-paper-deep">
                  <ProductImage
                    src={image.url}
                    alt={`${t("imageAlt", { title: product.title })} (${index + 2})`}
                    sizes="120px"
                    noImageLabel={t("noImage")}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className="space-y-5">
          <div className="flex flex-wrap gap-2 text-xs font-semibold">
            {category && (
              <Link
                href={`/categories/${category.handle}`}
                className="inline-flex items-center gap-1.5 rounded-full bg-indigo-soft px-3 py-1 text-indigo hover:underline"
              >
                <CategoryIcon handle={category.handle} className="h-4 w-4" />
                {category.name}
              </Link>
            )}
            {province && (
              <span className="inline-flex items-center gap-1.5 rounded-full bg-gold-soft px-3 py-1 text-gold-deep">
                <PinIcon className="h-4 w-4" />
                <span className="sr-only">{t("province")}: </span>
                {province}
              </span>
            )}
          </div>

          <div className="space-y-2">
            <h1 className="text-2xl font-bold leading-snug text-ink sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="text-ink-soft sm:text-lg">{product.subtitle}</p>}
            {/* The official grade (gold) and the buyers' rating (ink) side by side, never merged. */}
            {(trust?.grade || (reviews && reviews.rating.count > 0)) && (
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-1">
                {trust?.grade && <GradeBadge grade={trust.grade} />}
                {reviews && reviews.rating.count > 0 && (
                  <a href="#reviews" className="rounded hover:underline">
                    <RatingSummary rating={reviews.rating} />
                  </a>
                )}
              </div>
            )}
          </div>

          <div className="rounded-2xl border border-line bg-white p-4 sm:p-5">
            {range ? (
              <p className="text-3xl font-bold text-indigo">
                {showFrom ? (
                  <FromPrice amount={range.min.amount} locale={locale} />
                ) : (
                  <Price amount={range.min.amount} locale={locale} />
                )}
              </p>
            ) : (
              <p className="text-lg text-ink-soft">{t("priceUnavailable")}</p>
            )}
            {singleVariant?.originalPrice && (
              <p className="mt-1 text-sm text-ink-soft line-through">
                {t("originalPrice", { price: formatTHB(singleVariant.originalPrice.amount, locale) })}
              </p>
            )}
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <span className="text-sm font-medium text-leaf">{t("includesVat")}</span>
              <StockBadge status={product.stockStatus} quantity={singleVariant?.inventoryQuantity} />
            </div>
            {product.madeToOrderDays && (
              <p className="mt-2 text-sm text-ink-soft">{t("madeToOrder", { days: product.madeToOrderDays })}</p>
            )}
          </div>

          {closure && (
            <section role="status" data-testid="group-closed" className="rounded-2xl border border-gold/40 bg-gold-soft p-4 text-sm text-ink">
              <h2 className="font-semibold text-gold-deep">{t("closedTitle")}</h2>
              <p className="mt-1">{t("closedUntil", { date: formatDate(closure.closedUntil, locale) })}</p>
              {closure.note && <p className="mt-1 text-ink-soft">{t("closedNote", { note: closure.note })}</p>}
            </section>
          )}

          {/* Single-variant products carry a default option ("มาตรฐาน") that means nothing to shoppers. */}
          {product.variants.length > 1 && (
            <section aria-labelledby="variants-title">
              <h2 id="variants-title" className="mb-2 font-semibold text-ink">
                {t("variantsTitle")}
              </h2>
              <VariantList variants={product.variants} locale={locale} />
            </section>
          )}

          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-t border-line pt-4 text-sm">
            {category && (
              <>
                <dt className="text-ink-soft">{t("category")}</dt>
                <dd>
                  <Link href={`/categories/${category.handle}`} className="font-medium text-indigo hover:underline">
                    {category.name}
                  </Link>
                </dd>
              </>
            )}
            {province && (
              <>
                <dt className="text-ink-soft">{t("province")}</dt>
                <dd className="font-medium">{province}</dd>
              </>
            )}
            {singleVariant?.sku && (
              <>
                <dt className="text-ink-soft">{t("skuLabel")}</dt>
                <dd className="font-medium">{singleVariant.sku}</dd>
              </>
            )}
            {product.material && (
              <>
                <dt className="text-ink-soft">{t("material")}</dt>
                <dd className="font-medium">{product.material}</dd>
              </>
            )}
          </dl>
        </div>
      </div>

      {trustLoad === "unavailable" ? (
        <p role="status" className="mt-10 rounded-2xl border border-line bg-white p-4 text-ink-soft">
          {tCatalog("trust.unavailable")}
        </p>
      ) : (
        trustLoad.trust && <TrustSection trust={trustLoad.trust} vocabularies={trustLoad.vocabularies} />
      )}

      {product.description && (
        <section aria-labelledby="description-title" className="mt-10 max-w-3xl">
          <h2 id="description-title" className="mb-3 flex items-center gap-2.5 text-xl font-bold text-ink">
            <span aria-hidden="true" className="h-2.5 w-2.5 rotate-45 bg-gold" />
            {t("descriptionTitle")}
          </h2>
          <div className="whitespace-pre-line leading-relaxed text-ink">{product.description}</div>
        </section>
      )}

      <ReviewsSection reviews={reviews} groupName={trust?.groupName ?? null} />
    </div>
  )
}

/**
 * schema.org Product for search engines; prices are exact decimal strings. The aggregate rating
 * comes from buyer reviews only, never from the official OTOP grade (a different thing).
 */
function ProductJsonLd({ product, locale, rating }: { product: Product; locale: AppLocale; rating: BuyerRating | null }) {
  const url = new URL(`/${locale}/products/${product.handle}`, siteUrl()).toString()
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: summarize(product.description, 500),
    image: product.thumbnail ?? undefined,
    url,
    offers: product.variants
      .filter((variant) => variant.price)
      .map((variant) => ({
        "@type": "Offer",
        sku: variant.sku ?? undefined,
        price: variant.price!.amount,
        priceCurrency: "THB",
        availability:
          variant.stockStatus === "out_of_stock" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
        url,
      })),
    aggregateRating:
      rating && rating.count > 0 && rating.average !== null
        ? { "@type": "AggregateRating", ratingValue: rating.average, reviewCount: rating.count, bestRating: 5, worstRating: 1 }
        : undefined,
  }
  return (
    <script
      type="application/ld+json"
      // "<" escaped so a product text can never close the script element.
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  )
}
