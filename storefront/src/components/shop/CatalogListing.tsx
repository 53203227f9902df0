import { useLocale, useTranslations } from "next-intl"
import { Pagination } from "@/components/Pagination"
import { ProductGrid } from "@/components/ProductGrid"
import { ActiveFilters } from "@/components/trust/ActiveFilters"
import { EmptyResults } from "@/components/trust/EmptyResults"
import { FacetPanel } from "@/components/trust/FacetPanel"
import { SortForm } from "@/components/trust/SortForm"
import { Link } from "@/i18n/navigation"
import { hiddenFilters } from "@/lib/catalog/listing"
import type { LoadedListing } from "@/lib/catalog/load-listing"
import { LIST_PARAMS, PAGE_SIZE, pageCount, searchHref, toQueryRecord, withPage, type ParamProblem } from "@/lib/catalog/params"

type CatalogListingProps = {
  listing: LoadedListing
  /** The page's path without locale ("/search", "/categories/food", "/provinces/32"). */
  pathname: string
}

/**
 * A listing driven by the URL: filter panel with counts, result count, sorting, the chosen
 * filters as chips, the products, paging on the server, and an empty state that says what to
 * drop. Shared by search, category, province, region and producer pages.
 */
export function CatalogListing({ listing, pathname }: CatalogListingProps) {
  const t = useTranslations("Catalog")
  const locale = useLocale()
  const { scope, state, problems, page, labels, suggestion } = listing
  const pages = pageCount(page.count)
  const action = `/${locale}${pathname}`
  const first = (state.page - 1) * PAGE_SIZE + 1
  const last = Math.min(state.page * PAGE_SIZE, page.count)

  return (
    <div className="space-y-4">
      {problems.length > 0 && <ProblemList problems={problems} />}

      <div className="grid gap-5 lg:grid-cols-[16rem_1fr] lg:gap-8">
        <aside aria-label={t("filters.title")} className="lg:self-start">
          <FacetPanel
            state={state}
            facets={page.facets}
            labels={labels}
            action={action}
            pathname={pathname}
            resultCount={page.count}
            hidden={hiddenFilters(scope)}
          />
        </aside>

        <section id="products" aria-labelledby="result-count" className="min-w-0 scroll-mt-4 space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            {/* A heading (h1 → h2 → the cards' h3): screen-reader users jump to the results by it. */}
            <h2 id="result-count" data-testid="result-count" data-count={page.count} className="font-semibold text-ink" aria-live="polite">
              {t("resultCount", { count: page.count })}
              {page.products.length > 0 && (
                <span className="ml-2 text-sm font-normal text-ink-soft">{t("resultRange", { from: first, to: last })}</span>
              )}
            </h2>
            <SortForm state={state} action={action} />
          </div>

          <ActiveFilters state={state} labels={labels} pathname={pathname} />

          {page.products.length > 0 ? (
            <ProductGrid products={page.products} schemes={labels.vocabularies.schemes} />
          ) : page.count > 0 ? (
            // A page past the end (an old link): say so and offer the last one.
            <div role="status" className="rounded-2xl border border-dashed border-line bg-white p-6 text-center">
              <p className="text-ink">{t("pageOutOfRange", { page: state.page, pages })}</p>
              <Link href={searchHref(withPage(state, pages), pathname)} className="mt-3 inline-block font-semibold text-indigo hover:underline">
                {t("lastPage")}
              </Link>
            </div>
          ) : (
            <EmptyResults state={state} labels={labels} suggestion={suggestion} pathname={pathname} scoped={scope !== null} />
          )}

          <Pagination page={Math.min(state.page, pages)} pages={pages} pathname={pathname} query={toQueryRecord(withPage(state, 1))} />
        </section>
      </div>
    </div>
  )
}

/** Values of the link the catalog would refuse: left out, and said so. */
function ProblemList({ problems }: { problems: ParamProblem[] }) {
  const t = useTranslations("Catalog")
  const paramName = (param: string) =>
    (["stars", "gi", "in_stock", "price_min", "price_max", "sort", ...LIST_PARAMS] as string[]).includes(param)
      ? t(`params.${param as "stars"}`)
      : param
  return (
    <div role="status" data-testid="search-problems" className="rounded-xl border border-gold/50 bg-gold-soft p-3 text-sm text-ink">
      <p className="font-semibold">{t("problems.title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem, index) => (
          <li key={`${problem.param}-${index}`}>
            {problem.reason === "range"
              ? t("problems.range")
              : t(problem.reason === "unknown" ? "problems.unknown" : "problems.invalid", {
                  param: paramName(problem.param),
                  value: problem.value,
                })}
          </li>
        ))}
      </ul>
    </div>
  )
}
