import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { CategoryTiles } from "@/components/CategoryTiles"
import { Hero, TrustBar } from "@/components/Hero"
import { Pagination, parsePage } from "@/components/Pagination"
import { ProductGrid } from "@/components/ProductGrid"
import { SectionHeading } from "@/components/SectionHeading"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { resolveLocale } from "@/i18n/page-locale"
import { DEFAULT_PAGE_SIZE, listCategories, listProducts, logStoreError } from "@/lib/medusa"
import { localizedAlternates } from "@/lib/site"

type HomePageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return { alternates: localizedAlternates(locale, "/") }
}

export default async function HomePage({ params, searchParams }: HomePageProps) {
  const locale = await resolveLocale(params)
  await connection() // the catalog lives in the backend: render per request, never at build time
  const page = parsePage((await searchParams).page)
  const t = await getTranslations("Home")

  let catalog
  try {
    const [categories, productPage] = await Promise.all([
      listCategories(locale),
      listProducts({ locale, limit: DEFAULT_PAGE_SIZE, offset: (page - 1) * DEFAULT_PAGE_SIZE }),
    ])
    catalog = { categories, productPage }
  } catch (error) {
    logStoreError("home page", error)
  }

  return (
    <>
      <Hero />
      <TrustBar />
      {!catalog ? (
        <div className="px-4">
          <StoreUnavailable retryHref="/" />
        </div>
      ) : (
        <div className="mx-auto max-w-6xl space-y-12 px-4 pt-4 sm:px-6 sm:pt-6">
          {catalog.categories.length > 0 && (
            <section id="categories" aria-labelledby="categories-title">
              <SectionHeading id="categories-title" title={t("categoriesTitle")} />
              <CategoryTiles categories={catalog.categories} />
            </section>
          )}
          <section id="products" aria-labelledby="products-title">
            <SectionHeading
              id="products-title"
              title={t("productsTitle")}
              aside={t("productCount", { count: catalog.productPage.count })}
            />
            {catalog.productPage.products.length > 0 ? (
              <ProductGrid products={catalog.productPage.products} />
            ) : (
              <p className="rounded-2xl border border-dashed border-line p-8 text-center text-ink-soft">
                {t("noProducts")}
              </p>
            )}
            <Pagination
              page={page}
              pages={Math.ceil(catalog.productPage.count / DEFAULT_PAGE_SIZE)}
              pathname="/"
            />
          </section>
        </div>
      )}
    </>
  )
}
