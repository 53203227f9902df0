import Form from "next/form"
import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { giOption, listOptions, starOptions, type FacetOption } from "@/lib/catalog/facets"
import { facetValueLabel, type LabelContext } from "@/lib/catalog/labels"
import { activeFilters, searchHref, toQueryPairs, toggleFlag, type ListParam, type SearchState } from "@/lib/catalog/params"
import type { CatalogFacets } from "@/lib/catalog/types"
import { starsLabel, type CatalogTranslator } from "./filter-labels"
import { FilterIcon } from "./icons"

type FacetPanelProps = {
  state: SearchState
  facets: CatalogFacets
  labels: LabelContext
  /** Where the forms go, with the locale ("/th/search"). */
  action: string
  /** The listing the links lead to, without the locale (a category or province page can reuse the panel). */
  pathname?: string
  /** Products matching now: phones get a link down to them under the open panel. */
  resultCount?: number
  /** Filters the page fixes in its path (a category page has no category filter). */
  hidden?: ListParam[]
}

/** Provinces shown before "show all": the list can hold all 77. */
const PROVINCES_SHOWN = 8

/**
 * The filters, as plain links that add or remove one value from the URL (works without
 * JavaScript, each result page is a URL), with the number of products next to each choice.
 * Choices without products are left out. On phones the panel folds into a "Filters" summary;
 * from the lg breakpoint it is always open.
 */
export function FacetPanel({ state, facets, labels, action, pathname = "/search", resultCount, hidden = [] }: FacetPanelProps) {
  const t = useTranslations("Catalog") as unknown as CatalogTranslator
  const tf = useTranslations("Catalog")
  const activeCount = activeFilters(state).filter((f) => f.kind !== "q").length
  const list = (param: ListParam) =>
    hidden.includes(param) ? [] : listOptions(state, param, facets[param], (value) => facetValueLabel(param, value, labels))
  const gi = giOption(state, facets.cert, tf("gi"))
  // GI is its own choice (gi=true) above the other certifications.
  const certs = list("cert").filter((option) => option.value !== "gi" || option.selected)
  const provinces = list("province")

  return (
    <details
      data-testid="facet-panel"
      className="group/filters rounded-2xl border border-line bg-white lg:border-0 lg:bg-transparent lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible]"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-2xl px-4 py-3 font-semibold text-ink lg:cursor-default lg:px-0 lg:py-0 lg:pb-2 [&::-webkit-details-marker]:hidden">
        <span className="flex items-center gap-2">
          <FilterIcon className="h-5 w-5 text-indigo" />
          {tf("filters.title")}
          {activeCount > 0 && <span className="text-sm font-normal text-ink-soft">{tf("filters.activeCount", { count: activeCount })}</span>}
        </span>
        <span aria-hidden="true" className="text-sm text-indigo group-open/filters:rotate-180 lg:hidden">
          ▾
        </span>
      </summary>

      <div className="space-y-5 border-t border-line px-4 py-4 lg:border-0 lg:px-0">
        <FacetGroup id="stars" title={tf("facets.stars")} hint={tf("facets.starsHint")}>
          <OptionList pathname={pathname} facet="stars" options={starOptions(state, facets.stars)} label={(o) => starsLabel(o.value, t)} />
        </FacetGroup>

        {(gi || certs.length > 0) && (
          <FacetGroup id="cert" title={tf("facets.cert")}>
            {gi && <OptionList pathname={pathname} facet="gi" options={[gi]} label={(o) => o.label} />}
            <OptionList pathname={pathname} facet="cert" options={certs} label={(o) => o.label} />
          </FacetGroup>
        )}

        <ListFacet pathname={pathname} param="category" title={tf("facets.category")} options={list("category")} />
        <ListFacet pathname={pathname} param="region" title={tf("facets.region")} options={list("region")} />

        {provinces.length > 0 && (
          <FacetGroup id="province" title={tf("facets.province")}>
            <OptionList pathname={pathname} facet="province" options={provinces.slice(0, PROVINCES_SHOWN)} label={(o) => o.label} />
            {provinces.length > PROVINCES_SHOWN && (
              <details className="mt-1">
                <summary className="cursor-pointer text-sm font-semibold text-indigo hover:underline">
                  {tf("filters.showAll", { count: provinces.length })}
                </summary>
                <OptionList pathname={pathname} facet="province" options={provinces.slice(PROVINCES_SHOWN)} label={(o) => o.label} />
              </details>
            )}
          </FacetGroup>
        )}

        <ListFacet pathname={pathname} param="fiber" title={tf("facets.fiber")} options={list("fiber")} />
        <ListFacet pathname={pathname} param="technique" title={tf("facets.technique")} options={list("technique")} />
        <ListFacet pathname={pathname} param="dye" title={tf("facets.dye")} options={list("dye")} />
        <ListFacet pathname={pathname} param="soft_power" title={tf("facets.soft_power")} options={list("soft_power")} />

        <FacetGroup id="price" title={tf("facets.price")}>
          <Form action={action} className="space-y-2">
            <HiddenState state={state} omit={["price_min", "price_max", "page"]} />
            <div className="grid grid-cols-2 gap-2">
              <label className="text-sm text-ink-soft">
                {tf("price.min")}
                <input
                  name="price_min"
                  inputMode="decimal"
                  pattern="\d{1,7}(\.\d{1,2})?"
                  title={tf("price.format")}
                  defaultValue={state.priceMin ?? ""}
                  className="mt-1 w-full rounded-lg border border-line bg-white px-2 py-1.5 text-ink"
                />
              </label>
              <label className="text-sm text-ink-soft">
                {tf("price.max")}
                <input
                  name="price_max"
                  inputMode="decimal"
                  pattern="\d{1,7}(\.\d{1,2})?"
                  title={tf("price.format")}
                  defaultValue={state.priceMax ?? ""}
                  className="mt-1 w-full rounded-lg border border-line bg-white px-2 py-1.5 text-ink"
                />
              </label>
            </div>
            <button type="submit" className="rounded-full border border-indigo px-4 py-1.5 text-sm font-semibold text-indigo hover:bg-indigo-soft">
              {tf("price.apply")}
            </button>
          </Form>
        </FacetGroup>

        <FacetGroup id="availability" title={tf("facets.availability")}>
          <OptionList
            pathname={pathname}
            facet="in_stock"
            options={[{ value: true, label: tf("inStock"), count: null, selected: state.inStock, next: toggleFlag(state, "inStock") }]}
            label={(o) => o.label}
          />
        </FacetGroup>

        {resultCount !== undefined && (
          // The open panel fills a phone's screen: one tap back to what the filters found.
          <a
            href="#products"
            className="flex justify-center rounded-full bg-indigo px-4 py-2.5 font-semibold text-white transition hover:bg-indigo-deep lg:hidden"
          >
            {tf("filters.showResults", { count: resultCount })}
          </a>
        )}
      </div>
    </details>
  )
}

function FacetGroup({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`facet-${id}`} data-facet-group={id}>
      <h3 id={`facet-${id}`} className="mb-1.5 text-sm font-bold text-ink">
        {title}
      </h3>
      {hint && <p className="mb-1.5 text-xs text-ink-soft">{hint}</p>}
      {children}
    </section>
  )
}

function ListFacet({ param, title, options, pathname }: { param: ListParam; title: string; options: FacetOption[]; pathname: string }) {
  if (options.length === 0) return null
  return (
    <FacetGroup id={param} title={title}>
      <OptionList pathname={pathname} facet={param} options={options} label={(o) => o.label} />
    </FacetGroup>
  )
}

function OptionList<V extends string | number | boolean>({
  pathname,
  facet,
  options,
  label,
}: {
  pathname: string
  facet: string
  options: FacetOption<V>[]
  label: (option: FacetOption<V>) => string
}) {
  const t = useTranslations("Catalog.filters")
  if (options.length === 0) return null
  return (
    <ul role="list" className="space-y-0.5">
      {options.map((option) => (
        <li key={String(option.value)}>
          <Link
            href={searchHref(option.next, pathname)}
            // Dozens of filter links per page: no prefetching, and no crawling of every combination.
            prefetch={false}
            rel="nofollow"
            data-facet={facet}
            data-value={String(option.value)}
            data-count={option.count ?? undefined}
            aria-current={option.selected ? "true" : undefined}
            className={`flex min-h-9 items-center justify-between gap-2 rounded-lg px-2 py-1 text-sm transition hover:bg-indigo-soft ${
              option.selected ? "font-semibold text-indigo" : "text-ink"
            }`}
          >
            <span className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className={`flex h-4 w-4 shrink-0 items-center justify-center rounded border text-[0.7rem] leading-none ${
                  option.selected ? "border-indigo bg-indigo text-white" : "border-ink-soft/50 bg-white"
                }`}
              >
                {option.selected ? "✓" : ""}
              </span>
              {label(option)}
              {option.selected && <span className="sr-only">{t("selected")}</span>}
            </span>
            {option.count !== null && (
              <span className="shrink-0 whitespace-nowrap tabular-nums text-xs text-ink-soft">
                <span className="sr-only">, </span>
                {t("count", { count: option.count })}
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** The current state as hidden fields, so a form changes one thing and keeps the rest. */
export function HiddenState({ state, omit }: { state: SearchState; omit: string[] }) {
  return (
    <>
      {toQueryPairs(state)
        .filter(([name]) => !omit.includes(name))
        .map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
    </>
  )
}
