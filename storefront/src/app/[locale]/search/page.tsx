import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { CatalogListing } from "@/components/shop/CatalogListing"
import { SearchBox } from "@/components/trust/SearchBox"
import { resolveLocale } from "@/i18n/page-locale"
import { loadListing, type LoadedListing } from "@/lib/catalog/load-listing"
import type { RawSearchParams } from "@/lib/catalog/params"
import { logStoreError } from "@/lib/medusa"
import { pageMetadata } from "@/lib/seo/metadata"
import { regionNames } from "@/lib/catalog/region-names"

type SearchPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const raw = await searchParams
  const t = await getTranslations("Catalog")
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 100) : ""
  const anyParameter = Object.values(raw).some((value) => value !== undefined)
  return pageMetadata({
    locale,
    path: "/search",
    title: q ? t("metaTitleQuery", { q }) : t("metaTitle"),
    description: t("metaDescription"),
    // One indexable listing; the endless filter combinations are for visitors, not for crawlers.
    noindex: anyParameter,
  })
}

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const raw = await searchParams
  const [t, tProduct] = await Promise.all([getTranslations("Catalog"), getTranslations("Product")])

  let listing: LoadedListing
  try {
    listing = await loadListing(locale, raw, null, await regionNames())
  } catch (error) {
    logStoreError("search", error)
    return (
      <div className="px-4">
        <StoreUnavailable retryHref="/search" />
      </div>
    )
  }
  const { state } = listing

  return (
    <div className="mx-auto max-w-6xl space-y-5 px-4 py-5 sm:px-6 sm:py-8">
      <Breadcrumbs label={tProduct("breadcrumb")} items={[{ label: tProduct("home"), href: "/" }, { label: t("breadcrumb") }]} />

      <header className="space-y-3">
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">{state.q ? t("titleQuery", { q: state.q }) : t("title")}</h1>
        {/* Phones have the header's box right above: one is enough there. */}
        <div className="hidden sm:block">
          <SearchBox id="page-search" defaultValue={state.q} landmarkLabel={t("searchBox.again")} className="max-w-xl" />
        </div>
      </header>

      <CatalogListing listing={listing} pathname="/search" />
    </div>
  )
}
