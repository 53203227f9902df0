import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { Pager } from "@/components/staff/trust/CertificationQueue"
import { ProductFilters, ProductList } from "@/components/staff/trust/ProductSearch"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { PROVINCE_CODES } from "@/lib/provinces"
import { requireStaff, withStaff } from "@/lib/staff/session"
import { parseProductSearchParams, productSearchQuery, TRUST_PAGE_SIZE } from "@/lib/staff/trust"
import { listStaffProducts } from "@/lib/staff/trust-data"
import type { StaffProductList } from "@/lib/staff/trust-types"
import { provinceChoices } from "@/lib/staff/validation"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "StaffTrust.products" })
  return { title: t("title") }
}

export default async function GradeEntryPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireStaff(locale)
  const t = await getTranslations("StaffTrust.products")
  const provinces = provinceChoices(session.staff, PROVINCE_CODES)
  const search = parseProductSearchParams(await searchParams, provinces)

  let products: StaffProductList | null = null
  try {
    products = await withStaff(session, locale, (token) =>
      listStaffProducts(token, { q: search.q, province: search.province, limit: TRUST_PAGE_SIZE, offset: (search.page - 1) * TRUST_PAGE_SIZE }),
    )
  } catch (error) {
    unstable_rethrow(error) // 401 → login
    console.error("[storefront] staff products:", error instanceof Error ? error.message : error)
  }
  const pages = products ? Math.max(1, Math.ceil(products.count / TRUST_PAGE_SIZE)) : 1
  const filtered = Boolean(search.q || search.province)

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="text-sm text-ink-soft">{t("intro")}</p>
        <Link href="/staff/grades/import" className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-4 hover:underline">
          {t("importLink")} <span aria-hidden="true">&nbsp;→</span>
        </Link>
      </header>
      <ProductFilters params={search} locale={locale} provinces={provinces} />
      {products ? (
        <>
          <p className="text-sm text-ink-soft" role="status">
            {t("results", { count: products.count })}
          </p>
          <ProductList products={products.products} locale={locale} filtered={filtered} />
          <Pager page={search.page} pages={pages} href={(page) => ({ pathname: "/staff/grades", query: productSearchQuery({ ...search, page }) })} />
        </>
      ) : (
        <p role="alert" className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          {t("unavailable")}
        </p>
      )}
    </div>
  )
}
