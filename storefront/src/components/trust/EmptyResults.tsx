import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { LabelContext } from "@/lib/catalog/labels"
import { EMPTY_STATE, hasFilters, searchHref, withoutFilter, withoutFilters, type ActiveFilter, type SearchState } from "@/lib/catalog/params"
import { activeFilterLabel, type CatalogTranslator } from "./filter-labels"
import { SearchIcon } from "./icons"

/** The filter whose removal brings back the most products, with that number. */
export type Relaxation = { filter: ActiveFilter; count: number }

/** The relaxation to suggest: the one with the most products (none when no removal helps). */
export function bestRelaxation(relaxations: Relaxation[]): Relaxation | null {
  return relaxations.reduce<Relaxation | null>((best, r) => (r.count > 0 && (!best || r.count > best.count) ? r : best), null)
}

type EmptyResultsProps = {
  state: SearchState
  labels: LabelContext
  suggestion: Relaxation | null
  /** The listing, without the locale. */
  pathname?: string
  /** A page of one category, province, region or group: "see all products" leads to the whole catalog. */
  scoped?: boolean
}

/** No results: says which filter to drop (and how many products that brings back), or what else to try. */
export function EmptyResults({ state, labels, suggestion, pathname = "/search", scoped = false }: EmptyResultsProps) {
  const t = useTranslations("Catalog")
  const translate = t as unknown as CatalogTranslator
  const filtered = hasFilters(state) || state.q !== null
  const button = "inline-flex items-center rounded-full px-4 py-2 text-sm font-semibold transition"
  return (
    <div data-testid="empty-results" role="status" className="rounded-2xl border border-dashed border-line bg-white p-6 text-center sm:p-8">
      <SearchIcon className="mx-auto h-10 w-10 text-gold-deep" />
      <h2 className="mt-3 text-lg font-bold text-ink">{filtered ? t("empty.title") : t("empty.noProducts")}</h2>
      {suggestion && (
        <p className="mt-2 text-ink-soft">
          {t("empty.suggest", { label: activeFilterLabel(suggestion.filter, labels, translate), count: suggestion.count })}
        </p>
      )}
      {!suggestion && filtered && !hasFilters(state) && <p className="mt-2 text-ink-soft">{t("empty.noFilters")}</p>}
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        {suggestion && (
          <Link
            href={searchHref(withoutFilter(state, suggestion.filter), pathname)}
            data-testid="relax-filter"
            className={`${button} bg-indigo text-white hover:bg-indigo-deep`}
          >
            {t("empty.suggestAction", { label: activeFilterLabel(suggestion.filter, labels, translate) })}
          </Link>
        )}
        {hasFilters(state) && (
          <Link href={searchHref(withoutFilters(state), pathname)} className={`${button} border border-indigo text-indigo hover:bg-indigo-soft`}>
            {t("empty.clearAll")}
          </Link>
        )}
        {(filtered || scoped) && (
          <Link href={searchHref(EMPTY_STATE, "/search")} className={`${button} border border-line text-ink hover:border-indigo`}>
            {t("empty.browseAll")}
          </Link>
        )}
      </div>
    </div>
  )
}
