import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { CategoryTiles } from "@/components/CategoryTiles"
import { CategoryIcon } from "@/components/icons"
import { Pagination, parsePage } from "@/components/Pagination"
import { ProductGrid } from "@/components/ProductGrid"
import { SectionHeading } from "@/components/SectionHeading"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { resolveLocale } from "@/i18n/page-locale"
import { categoryDescriptionKey } from "@/lib/category-copy"
import { DEFAULT_PAGE_SIZE, getCategoryByHandle, listCategories, listProducts, logStoreError } from "@/lib/medusa"
import { localizedAlternates } from "@/lib/site"

type CategoryPageProps = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  try {
    const category = await getCategoryByHandle(locale, handle)
    if (!category) return { robots: { index: false } }
    const t = await getTranslations("Metadata")
    return {
      title: category.name,
      description: t("categoryDescription", { category: category.name }),
      alternates: localizedAlternates(locale, `/categories/${category.handle}`),
    }
  } catch {
    return {}
  }
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const page = parsePage((await searchParams).page)
  const [t, tProduct, tHome] = await Promise.all([
    getTranslations("Category"),
    getTranslations("Product"),
    getTranslations("Home"),
  ])

  let data
  try {
    const [category, categories] = await Promise.all([getCategoryByHandle(locale, handle), listCategories(locale)])
    if (category) {
      const productPage = await listProducts({
        locale,
        categoryId: category.id,
        limit: DEFAULT_PAGE_SIZE,
        offset: (page - 1) * DEFAULT_PAGE_SIZE,
      })
      data = { category, categories, productPage }
    } else {
      data = null
    }
  } catch (error) {
    logStoreError(`category ${handle}`, error)
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={`/categories/${handle}`} />
      </div>
    )
  }
  if (!data) notFound()

  const { category, categories, productPage } = data
  const descriptionKey = categoryDescriptionKey(category.handle)
  const blurb = descriptionKey ? t(descriptionKey) : category.description
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-5 sm:px-6 sm:py-8">
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

      <section id="products" aria-labelledby="products-title">
        <SectionHeading
          id="products-title"
          title={tHome("productsTitle")}
          aside={tHome("productCount", { count: productPage.count })}
        />
        {productPage.products.length > 0 ? (
          <ProductGrid products={productPage.products} />
        ) : (
          <p className="rounded-2xl border border-dashed border-line p-8 text-center text-ink-soft">{t("noProducts")}</p>
        )}
        <Pagination
          page={page}
          pages={Math.ceil(productPage.count / DEFAULT_PAGE_SIZE)}
          pathname={`/categories/${category.handle}`}
        />
      </section>

      <section aria-labelledby="all-categories-title">
        <SectionHeading id="all-categories-title" title={t("allCategories")} />
        <CategoryTiles categories={categories} currentHandle={category.handle} />
      </section>
    </div>
  )
}
