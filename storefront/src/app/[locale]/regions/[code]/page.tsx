import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { PinIcon } from "@/components/icons"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { CatalogListing } from "@/components/shop/CatalogListing"
import { JsonLd } from "@/components/shop/JsonLd"
import { ProvinceLinks } from "@/components/shop/ProvinceLinks"
import { resolveLocale } from "@/i18n/page-locale"
import { loadListing } from "@/lib/catalog/load-listing"
import { REGION_CODES, type RawSearchParams } from "@/lib/catalog/params"
import { regionNames } from "@/lib/catalog/region-names"
import { logStoreError } from "@/lib/medusa"
import { breadcrumbJsonLd } from "@/lib/seo/jsonld"
import { pageMetadata } from "@/lib/seo/metadata"

type RegionPageProps = {
  params: Promise<{ locale: string; code: string }>
  searchParams: Promise<RawSearchParams>
}

const isRegion = (code: string): code is (typeof REGION_CODES)[number] => (REGION_CODES as readonly string[]).includes(code)

export async function generateMetadata({ params, searchParams }: RegionPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { code } = await params
  if (!isRegion(code)) return { robots: { index: false } }
  const [t, names, raw] = await Promise.all([getTranslations("Shop.region"), regionNames(), searchParams])
  return pageMetadata({
    locale,
    path: `/regions/${code}`,
    title: t("title", { region: names[code] }),
    description: t("metaDescription", { region: names[code] }),
    noindex: Object.values(raw).some((value) => value !== undefined),
  })
}

export default async function RegionPage({ params, searchParams }: RegionPageProps) {
  const locale = await resolveLocale(params)
  const { code } = await params
  if (!isRegion(code)) notFound()
  await connection()
  const raw = await searchParams
  const [t, tProduct, names] = await Promise.all([getTranslations("Shop.region"), getTranslations("Product"), regionNames()])
  const region = names[code]
  const path = `/regions/${code}`

  let listing
  try {
    listing = await loadListing(locale, raw, { kind: "region", value: code }, names)
  } catch (error) {
    logStoreError(`region ${code}`, error)
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={path} />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-5 sm:px-6 sm:py-8">
      <JsonLd data={breadcrumbJsonLd(locale, [{ name: tProduct("home"), path: "/" }, { name: region, path }])} />
      <Breadcrumbs label={tProduct("breadcrumb")} items={[{ label: tProduct("home"), href: "/" }, { label: region }]} />
      <header className="flex items-center gap-4">
        <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded-2xl bg-gold-soft text-gold-deep">
          <PinIcon className="h-8 w-8" />
        </span>
        <div>
          <h1 className="text-2xl font-bold text-ink sm:text-3xl">{t("title", { region })}</h1>
          <p className="text-ink-soft">{t("intro", { region })}</p>
        </div>
      </header>

      {/* The region's provinces with products (the province facet, counted within the region). */}
      {listing.page.facets.province.length > 0 && (
        <section aria-labelledby="region-provinces-title">
          <h2 id="region-provinces-title" className="mb-2 text-lg font-bold text-ink">
            {t("provincesTitle", { region })}
          </h2>
          <ProvinceLinks provinces={listing.page.facets.province} />
        </section>
      )}

      <CatalogListing listing={listing} pathname={path} />
    </div>
  )
}
