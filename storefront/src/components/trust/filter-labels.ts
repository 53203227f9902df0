import type { AppLocale } from "@/i18n/routing"
import { facetValueLabel, type LabelContext } from "@/lib/catalog/labels"
import type { ActiveFilter } from "@/lib/catalog/params"
import { formatTHB } from "@/lib/money"

/** The translator of the "Catalog" namespace (next-intl's, narrowed to what these helpers call). */
export type CatalogTranslator = (key: string, values?: Record<string, string | number>) => string

/** "5 ดาว", "4 ดาวขึ้นไป", …, "ทุกระดับดาว": a minimum official grade. */
export function starsLabel(stars: number, t: CatalogTranslator): string {
  if (stars === 5) return t("stars.five")
  if (stars === 1) return t("stars.any")
  return t("stars.atLeast", { stars: String(stars) })
}

/** What an active filter's chip (and the empty state's suggestion) says. */
export function activeFilterLabel(filter: ActiveFilter, context: LabelContext, t: CatalogTranslator): string {
  const locale: AppLocale = context.locale
  switch (filter.kind) {
    case "q":
      return t("chips.query", { q: filter.value })
    case "list":
      return facetValueLabel(filter.param, filter.value, context)
    case "stars":
      return t("chips.stars", { label: starsLabel(filter.value, t) })
    case "gi":
      return t("gi")
    case "inStock":
      return t("inStock")
    case "price":
      if (filter.min !== null && filter.max !== null) {
        return t("chips.priceBetween", { min: formatTHB(filter.min, locale), max: formatTHB(filter.max, locale) })
      }
      return filter.min !== null
        ? t("chips.priceFrom", { min: formatTHB(filter.min, locale) })
        : t("chips.priceTo", { max: formatTHB(filter.max ?? "0", locale) })
  }
}
