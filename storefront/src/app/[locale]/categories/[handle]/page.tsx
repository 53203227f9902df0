import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { cache } from "react"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { CategoryTiles } from "@/components/CategoryTiles"
import { CategoryIcon } from "@/components/icons"
import { SectionHeading } from "@/components/SectionHeading"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { CatalogListing } from "@/components/shop/CatalogListing"
import { JsonLd } from "@/components/shop/JsonLd"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import { categoryDescriptionKey } from "@/lib/category-copy"
import { loadListing } from "@/lib/catalog/load-listing"
import type { RawSearchParams } from "@/lib/catalog/params"
import { regionNames } from "@/lib/catalog/region-names"
import { getCategoryByHandle, listCategories, logStoreError } from "@/lib/medusa"
import { breadcrumbJsonLd } from "@/lib/seo/jsonld"
import { pageMetadata } from "@/lib/seo/metadata"

type CategoryPageProps = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<RawSearchParams>
}

// Memoised per request: generateMetadata and the page share one look-up.
const findCategory = cache(async (locale: AppLocale, handle: string) => {
  try {
    return { category: await getCategoryByHandle(locale, handle) }
  } catch (error) {
    logStoreError(`category ${handle}`, error)
    return "unavailable" as const
  }
})

export async function generateMetadata({ params, searchParams }: CategoryPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const found = await findCategory(locale, handle)
  if (found === "unavailable") return {}
  if (!found.category) return { robots: { index: false } }
  const { category } = found
  const [t, tCategory] = await Promise.all([getTranslations("Metadata"), getTranslations("Category")])
  const key = categoryDescriptionKey(category.handle)
  const raw = await searchParams
  return pageMetadata({
    locale,
    path: `/categories/${category.handle}`,
    title: category.name,
    description: key ? tCategory(key) : t("categoryDescription", { category: category.name }),
    noindex: Object.values(raw).some((value) => value !== undefined),
  })
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const raw = await searchParams
  const [t, tProduct] = await Promise.all([getTranslations("Category"), getTranslations("Product")])

  const found = await findCategory(locale, handle)
  if (found !== "unavailable" && !found.category) notFound()
  let data
  if (found !== "unavailable") {
    try {
      const [listing, categories] = await Promise.all([
        loadListing(locale, raw, { kind: "category", value: found.category!.handle }, await regionNames()),
        listCategories(locale),
      ])
      data = { category: found.category!, listing, categories }
    } catch (error) {
      logStoreError(`category ${handle}`, error)
    }
  }
  if (!data) {
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={`/categories/${handle}`} />
      </div>
    )
  }

  const { category, listing, categories } = data
  const descriptionKey = categoryDescriptionKey(category.handle)
  const blurb = descriptionKey ? t(descriptionKey) : category.description
  const path = `/categories/${category.handle}`
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-5 sm:px-6 sm:py-8">
      <JsonLd data={breadcrumbJsonLd(locale, [{ name: tProduct("home"), path: "/" }, { name: category.name, path }])} />
      <Breadcrumbs label={tProduct("breadcrumb")} items={[{ label: tProduct("home"), href: "/" }, { label: category.name }]} />
      <header className="flex items-center gap-4">
        <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded-2xl bg-gold-soft text-gold-deep">
          <CategoryIcon handle={category.handle} className="h-8 w-8" />
        </span>
        <div>
          <h1 className="text-2xl font-bold text-ink sm:text-3xl">{category.name}</h1>
          {blurb && <p className="text-ink-soft">{blurb}</p>}
        </div>
      </header>

      <CatalogListing listing={listing} pathname={path} />

      <section aria-labelledby="all-categories-title">
        <SectionHeading id="all-categories-title" title={t("allCategories")} />
        <CategoryTiles categories={categories} currentHandle={category.handle} />
      </section>
    </div>
  )
}
