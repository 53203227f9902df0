import type { Metadata } from "next"
import { AddToCart } from "@/components/cart/AddToCart"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { cache } from "react"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { FromPrice } from "@/components/FromPrice"
import { CategoryIcon, PinIcon } from "@/components/icons"
import { Price } from "@/components/Price"
import { ProductGrid } from "@/components/ProductGrid"
import { SectionHeading } from "@/components/SectionHeading"
import { StockBadge } from "@/components/StockBadge"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { ClosureNotice } from "@/components/shop/ClosureNotice"
import { JsonLd } from "@/components/shop/JsonLd"
import { ProducerGroupCard } from "@/components/shop/ProducerGroupCard"
import { ProductGallery } from "@/components/shop/ProductGallery"
import { GradeBadge } from "@/components/trust/GradeBadge"
import { RatingSummary } from "@/components/trust/RatingSummary"
import { ReviewsSection, TrustSection } from "@/components/trust/TrustSection"
import { VariantList } from "@/components/VariantList"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import { EMPTY_STATE } from "@/lib/catalog/params"
import type { ProducerGroup } from "@/lib/catalog/producer-group"
import { relatedProducts } from "@/lib/catalog/related"
import type { CatalogProduct, ProductTrust, ReviewPage, Vocabularies } from "@/lib/catalog/types"
import { formatDate } from "@/lib/dates"
import { getProductByHandle, logStoreError, type Product } from "@/lib/medusa"
import { getProductReviews, getProductTrust, getVocabularies, searchCatalog } from "@/lib/medusa/catalog"
import { getProducerGroup } from "@/lib/medusa/producer-groups"
import { formatTHB } from "@/lib/money"
import { provinceName } from "@/lib/provinces"
import { breadcrumbJsonLd, productJsonLd } from "@/lib/seo/jsonld"
import { pageMetadata } from "@/lib/seo/metadata"

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
  const t = await getTranslations("Product")
  return pageMetadata({
    locale,
    path: `/products/${product.handle}`,
    title: product.title,
    description: product.subtitle || product.description,
    // No picture here: the folder's opengraph-image card (price, group, grade) is used only when the metadata names none.
  })
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

/** The product's group (story, location, closure); the page shows without it if it cannot be loaded. */
async function loadGroup(locale: AppLocale, handle: string | null): Promise<ProducerGroup | null> {
  if (!handle) return null
  try {
    return await getProducerGroup(locale, handle)
  } catch (error) {
    logStoreError(`group ${handle}`, error)
    return null
  }
}

/** Cards to show per related row. */
const RELATED_SHOWN = 4

type Related = { sameGroup: CatalogProduct[]; sameProvince: CatalogProduct[] }

/** Other products of the same group, then of the same province (other groups), from the catalog. */
async function loadRelated(locale: AppLocale, product: Product, provinceCode: string | null): Promise<Related> {
  try {
    const [group, province] = await Promise.all([
      product.producerGroup ? searchCatalog(locale, EMPTY_STATE, RELATED_SHOWN + 1, { kind: "group", value: product.producerGroup }) : null,
      provinceCode ? searchCatalog(locale, EMPTY_STATE, RELATED_SHOWN * 2 + 1, { kind: "province", value: provinceCode }) : null,
    ])
    return relatedProducts(product.handle, product.producerGroup, group?.products ?? [], province?.products ?? [], RELATED_SHOWN)
  } catch (error) {
    logStoreError(`related ${product.handle}`, error)
    return { sameGroup: [], sameProvince: [] }
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
  const [t, tShop, tCatalog] = await Promise.all([getTranslations("Product"), getTranslations("Shop.product"), getTranslations("Catalog")])
  const group = await loadGroup(locale, product.producerGroup)
  const provinceCode = product.provinceCode ?? group?.provinceCode ?? null
  const province = provinceName(provinceCode, locale)
  const category = product.categories[0]
  const range = product.priceRange
  const showFrom = range !== null && range.min.amount !== range.max.amount
  const singleVariant = product.variants.length === 1 ? product.variants[0] : null
  // A temporarily closed group: the product stays visible, the page says when it can be ordered again.
  const closure = group?.closure ?? null
  const [trustLoad, reviews, related] = await Promise.all([
    loadTrust(locale, product.id),
    loadReviews(locale, product.id),
    loadRelated(locale, product, provinceCode),
  ])
  const trust = trustLoad === "unavailable" ? null : trustLoad.trust
  const schemes = trustLoad === "unavailable" ? [] : trustLoad.vocabularies.schemes

  const pictures = [product.thumbnail, ...product.images.map((image) => image.url)].filter(
    (src, index, all): src is string => !!src && all.indexOf(src) === index,
  )
  const gallery = pictures.map((url, index) => ({
    url,
    alt: pictures.length > 1 ? tShop("imageAltNumbered", { title: product.title, index: index + 1, count: pictures.length }) : t("imageAlt", { title: product.title }),
  }))
  const trail = [
    { name: t("home"), path: "/" },
    ...(category ? [{ name: category.name, path: `/categories/${category.handle}` }] : []),
    { name: product.title, path: `/products/${product.handle}` },
  ]

  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8">
      {/* Product first: crawlers (and the catalog browser test) read it as the page's main data. */}
      <JsonLd
        data={productJsonLd({
          product,
          locale,
          rating: reviews?.rating ?? null,
          group: group ? { name: group.name, handle: group.handle } : null,
          closed: closure !== null,
        })}
      />
      <JsonLd data={breadcrumbJsonLd(locale, trail)} />
      <Breadcrumbs
        label={t("breadcrumb")}
        items={trail.map((crumb, index) => ({ label: crumb.name, href: index < trail.length - 1 ? crumb.path : undefined }))}
      />

      <div className="mt-4 grid gap-6 sm:mt-6 md:grid-cols-2 md:gap-10">
        <ProductGallery
          images={gallery}
          labels={{
            gallery: tShop("galleryLabel"),
            thumbnails: gallery.map((_, index) => tShop("thumbnailLabel", { index: index + 1, count: gallery.length })),
            noImage: t("noImage"),
          }}
        />

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
              <Link
                href={`/provinces/${provinceCode}`}
                className="inline-flex items-center gap-1.5 rounded-full bg-gold-soft px-3 py-1 text-gold-deep hover:underline"
              >
                <PinIcon className="h-4 w-4" />
                <span className="sr-only">{t("province")}: </span>
                {province}
              </Link>
            )}
          </div>

          <div className="space-y-2">
            <h1 className="text-2xl font-bold leading-snug text-ink sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="text-ink-soft sm:text-lg">{product.subtitle}</p>}
            {group && (
              <p className="text-sm text-ink-soft">
                <Link href={`/producers/${group.handle}`} className="font-medium text-indigo hover:underline">
                  {tCatalog("card.group", { group: group.name })}
                </Link>
              </p>
            )}
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

          <div className="rounded-2xl border border-line bg-white p-4 sm:p-5" data-testid="buy-box">
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
              <span className="text-sm font-medium text-leaf" title={tShop("vatNote")}>
                {t("includesVat")}
              </span>
              <StockBadge status={product.stockStatus} quantity={singleVariant?.inventoryQuantity} />
            </div>
            {product.madeToOrderDays && (
              <p className="mt-2 text-sm text-ink-soft" data-testid="lead-time">
                {tShop("leadTime", { days: product.madeToOrderDays })}
              </p>
            )}
            <div className="mt-4">
              <AddToCart
                variants={product.variants}
                disabledReason={closure ? tShop("closedBuy", { date: formatDate(closure.closedUntil, locale) }) : undefined}
              />
            </div>
          </div>

          {closure && <ClosureNotice closure={closure} />}

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
                <dd>
                  <Link href={`/provinces/${provinceCode}`} className="font-medium text-indigo hover:underline">
                    {province}
                  </Link>
                </dd>
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

          {group && <ProducerGroupCard group={group} size="full" headingLevel={2} />}
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

      {related.sameGroup.length > 0 && group && (
        <section aria-labelledby="related-group-title" data-testid="related-group" className="mt-12">
          <SectionHeading
            id="related-group-title"
            title={tShop("relatedGroupTitle", { group: group.name })}
            aside={
              <Link href={`/producers/${group.handle}`} className="font-semibold text-indigo hover:underline">
                {tShop("seeAllGroup")}
              </Link>
            }
          />
          <ProductGrid products={related.sameGroup} schemes={schemes} columns="wide" aboveFold={false} />
        </section>
      )}

      {related.sameProvince.length > 0 && province && (
        <section aria-labelledby="related-province-title" data-testid="related-province" className="mt-12">
          <SectionHeading
            id="related-province-title"
            title={tShop("relatedProvinceTitle", { province })}
            aside={
              <Link href={`/provinces/${provinceCode}`} className="font-semibold text-indigo hover:underline">
                {tShop("seeAllProvince", { province })}
              </Link>
            }
          />
          <ProductGrid products={related.sameProvince} schemes={schemes} columns="wide" aboveFold={false} />
        </section>
      )}
    </div>
  )
}
