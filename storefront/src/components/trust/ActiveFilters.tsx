import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { LabelContext } from "@/lib/catalog/labels"
import { activeFilters, hasFilters, searchHref, withoutFilter, withoutFilters, type SearchState } from "@/lib/catalog/params"
import { activeFilterLabel, type CatalogTranslator } from "./filter-labels"
import { CloseIcon } from "./icons"

/** The chosen filters as chips, each a link that removes it, and "clear all". */
export function ActiveFilters({ state, labels, pathname = "/search" }: { state: SearchState; labels: LabelContext; pathname?: string }) {
  const t = useTranslations("Catalog")
  const filters = activeFilters(state)
  if (filters.length === 0) return null
  const translate = t as unknown as CatalogTranslator
  return (
    <nav aria-label={t("chips.label")} className="flex flex-wrap items-center gap-2">
      <ul role="list" className="flex flex-wrap gap-2">
        {filters.map((filter, index) => {
          const label = activeFilterLabel(filter, labels, translate)
          return (
            <li key={`${filter.kind}-${index}`}>
              <Link
                href={searchHref(withoutFilter(state, filter), pathname)}
                prefetch={false}
                rel="nofollow"
                data-testid="active-filter"
                aria-label={t("chips.remove", { label })}
                className="inline-flex items-center gap-1.5 rounded-full border border-indigo/30 bg-indigo-soft px-3 py-1 text-sm font-medium text-indigo transition hover:border-indigo"
              >
                {label}
                <CloseIcon className="h-3.5 w-3.5" />
              </Link>
            </li>
          )
        })}
      </ul>
      {hasFilters(state) && (
        <Link
          href={searchHref(withoutFilters(state), pathname)}
          prefetch={false}
          data-testid="clear-filters"
          className="text-sm font-semibold text-clay underline-offset-2 hover:underline"
        >
          {t("chips.clearAll")}
        </Link>
      )}
    </nav>
  )
}
