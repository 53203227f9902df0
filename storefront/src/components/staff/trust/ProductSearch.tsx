import { useTranslations } from "next-intl"
import { inputClass, primaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import { productSearchQuery, type ProductSearchParams } from "@/lib/staff/trust"
import type { StaffProduct } from "@/lib/staff/trust-types"
import { GradeBadge } from "./Stars"

/** Search by product or group name and (for officers with several provinces) province; a plain GET form. */
export function ProductFilters({ params, locale, provinces }: { params: ProductSearchParams; locale: AppLocale; provinces: string[] }) {
  const t = useTranslations("StaffTrust.products")
  const options = provinces
    .map((code) => ({ code, name: provinceName(code, locale) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const filtered = Boolean(params.q || params.province)
  return (
    <form method="get" action={`/${locale}/staff/grades`} role="search" aria-label={t("filtersLabel")} className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_auto]">
        <div className="min-w-0">
          <label htmlFor="product-q" className="block text-sm font-semibold text-ink">
            {t("search")}
          </label>
          <input id="product-q" name="q" type="search" defaultValue={params.q} maxLength={100} aria-describedby="product-q-hint" className={inputClass} />
          <p id="product-q-hint" className="mt-1 text-xs text-ink-soft">
            {t("searchHint")}
          </p>
        </div>
        {options.length > 0 && (
          <div>
            <label htmlFor="product-province" className="block text-sm font-semibold text-ink">
              {t("province")}
            </label>
            <select id="product-province" name="province" defaultValue={params.province} className={`${inputClass} sm:min-w-52`}>
              <option value="">{t("allProvinces")}</option>
              {options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButtonClass}>
          {t("apply")}
        </button>
        {filtered && (
          <Link
            href={{ pathname: "/staff/grades", query: productSearchQuery({}) }}
            className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-indigo underline-offset-4 hover:underline"
          >
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  )
}

/** Products with their group, province and latest official grade (or "not graded yet"). */
export function ProductList({ products, locale, filtered }: { products: StaffProduct[]; locale: AppLocale; filtered: boolean }) {
  const t = useTranslations("StaffTrust.products")
  if (products.length === 0) {
    return (
      <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-center text-ink-soft" data-testid="product-empty">
        {filtered ? t("emptyFiltered") : t("empty")}
      </p>
    )
  }
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
      {products.map((product) => {
        const group = product.producer_group
        return (
          <li key={product.id} data-testid="product-row" data-id={product.id}>
            <Link href={`/staff/grades/${product.id}`} className="block px-4 py-3.5 transition hover:bg-indigo-soft/40 focus-visible:bg-indigo-soft/40">
              <span className="block font-semibold text-indigo" lang="th">
                {product.title_th}
              </span>
              {locale === "en" && product.title_en && product.title_en !== product.title_th && (
                <span className="block text-sm text-ink-soft">{product.title_en}</span>
              )}
              <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-ink-soft">
                <span lang="th">{locale === "en" ? group.name_en || group.name_th : group.name_th}</span>
                <span>{provinceName(group.province_code, locale) ?? group.province_code}</span>
              </span>
              <span className="mt-1 block text-sm">
                {product.otop_grade ? (
                  <GradeBadge stars={product.otop_grade.stars} round={product.otop_grade.round_be} />
                ) : (
                  <span className="text-ink-soft">{t("notGraded")}</span>
                )}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
