import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { Pagination } from "@/components/Pagination"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { ActiveFilters } from "@/components/trust/ActiveFilters"
import { CatalogGrid } from "@/components/trust/CatalogProductCard"
import { bestRelaxation, EmptyResults, type Relaxation } from "@/components/trust/EmptyResults"
import { FacetPanel } from "@/components/trust/FacetPanel"
import { SearchBox } from "@/components/trust/SearchBox"
import { SortForm } from "@/components/trust/SortForm"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import type { LabelContext } from "@/lib/catalog/labels"
import {
  activeFilters,
  LIST_PARAMS,
  PAGE_SIZE,
  pageCount,
  parseSearchParams,
  REGION_CODES,
  searchHref,
  toQueryRecord,
  withoutFilter,
  withPage,
  type AllowedValues,
  type ParamProblem,
  type RawSearchParams,
  type SearchState,
} from "@/lib/catalog/params"
import type { CatalogPage, Vocabularies } from "@/lib/catalog/types"
import { listCategories, logStoreError, type Category } from "@/lib/medusa"
import { countCatalog, getVocabularies, searchCatalog } from "@/lib/medusa/catalog"
import { PROVINCE_CODES } from "@/lib/provinces"
import { localizedAlternates } from "@/lib/site"

type SearchPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

/** The empty state compares at most this many "one filter fewer" counts. */
const MAX_RELAXATIONS = 8

function allowedValues(vocabularies: Vocabularies, categories: Category[]): AllowedValues {
  const codes = (terms: { code: string }[]) => new Set(terms.map((term) => term.code))
  return {
    category: new Set(categories.map((category) => category.handle)),
    region: new Set(REGION_CODES),
    province: new Set(PROVINCE_CODES),
    cert: codes(vocabularies.schemes),
    fiber: codes(vocabularies.fiber),
    technique: codes(vocabularies.technique),
    dye: codes(vocabularies.dye),
    soft_power: codes(vocabularies.softPower),
  }
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const raw = await searchParams
  const t = await getTranslations("Catalog")
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 100) : ""
  const anyParameter = Object.values(raw).some((value) => value !== undefined)
  return {
    title: q ? t("metaTitleQuery", { q }) : t("metaTitle"),
    description: t("metaDescription"),
    alternates: localizedAlternates(locale, "/search"),
    // One indexable listing; the endless filter combinations are for visitors, not for crawlers.
    robots: anyParameter ? { index: false, follow: true } : undefined,
  }
}

type Loaded = {
  state: SearchState
  problems: ParamProblem[]
  page: CatalogPage
  labels: LabelContext
  suggestion: Relaxation | null
}

async function load(locale: AppLocale, raw: RawSearchParams, regionNames: Record<string, string>): Promise<Loaded> {
  const [vocabularies, categories] = await Promise.all([getVocabularies(locale), listCategories(locale)])
  const { state, problems } = parseSearchParams(raw, allowedValues(vocabularies, categories))
  const page = await searchCatalog(locale, state)
  const labels: LabelContext = {
    locale,
    vocabularies,
    categoryNames: Object.fromEntries(categories.map((category) => [category.handle, category.name])),
    regionNames,
  }
  let suggestion: Relaxation | null = null
  if (page.count === 0) {
    // Which filter to drop? Ask how many products each "one filter fewer" search has.
    const candidates = activeFilters(state).slice(0, MAX_RELAXATIONS)
    const relaxations = await Promise.all(
      candidates.map(async (filter) => ({ filter, count: await countCatalog(locale, withoutFilter(state, filter)) })),
    )
    suggestion = bestRelaxation(relaxations)
  }
  return { state, problems, page, labels, suggestion }
}

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const raw = await searchParams
  const [t, tProduct] = await Promise.all([getTranslations("Catalog"), getTranslations("Product")])
  const regionNames = Object.fromEntries(REGION_CODES.map((code) => [code, t(`regions.${code}`)]))

  let loaded: Loaded
  try {
    loaded = await load(locale, raw, regionNames)
  } catch (error) {
    logStoreError("search", error)
    return (
      <div className="px-4">
        <StoreUnavailable retryHref="/search" />
      </div>
    )
  }

  const { state, problems, page, labels, suggestion } = loaded
  const pages = pageCount(page.count)
  const action = `/${locale}/search`
  const first = (state.page - 1) * PAGE_SIZE + 1
  const last = Math.min(state.page * PAGE_SIZE, page.count)
  const paramName = (param: string) =>
    (["stars", "gi", "in_stock", "price_min", "price_max", "sort", ...LIST_PARAMS] as string[]).includes(param)
      ? t(`params.${param as "stars"}`)
      : param

  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8">
      <Breadcrumbs label={tProduct("breadcrumb")} items={[{ label: tProduct("home"), href: "/" }, { label: t("breadcrumb") }]} />

      <header className="mt-4 space-y-3">
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">{state.q ? t("titleQuery", { q: state.q }) : t("title")}</h1>
        {/* Phones have the header's box right above: one is enough there. */}
        <div className="hidden sm:block">
          <SearchBox id="page-search" defaultValue={state.q} landmarkLabel={t("searchBox.again")} className="max-w-xl" />
        </div>
      </header>

      {problems.length > 0 && (
        <div role="status" data-testid="search-problems" className="mt-4 rounded-xl border border-gold/50 bg-gold-soft p-3 text-sm text-ink">
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
      )}

      <div className="mt-5 grid gap-5 lg:grid-cols-[16rem_1fr] lg:gap-8">
        <aside aria-label={t("filters.title")} className="lg:self-start">
          <FacetPanel state={state} facets={page.facets} labels={labels} action={action} resultCount={page.count} />
        </aside>

        <section id="products" aria-labelledby="result-count" className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p id="result-count" data-testid="result-count" data-count={page.count} className="font-semibold text-ink" aria-live="polite">
              {t("resultCount", { count: page.count })}
              {page.products.length > 0 && (
                <span className="ml-2 text-sm font-normal text-ink-soft">{t("resultRange", { from: first, to: last })}</span>
              )}
            </p>
            <SortForm state={state} action={action} />
          </div>

          <ActiveFilters state={state} labels={labels} />

          {page.products.length > 0 ? (
            <CatalogGrid products={page.products} schemes={labels.vocabularies.schemes} />
          ) : page.count > 0 ? (
            // A page past the end (an old link): say so and offer the last one.
            <div role="status" className="rounded-2xl border border-dashed border-line bg-white p-6 text-center">
              <p className="text-ink">{t("pageOutOfRange", { page: state.page, pages })}</p>
              <Link href={searchHref(withPage(state, pages))} className="mt-3 inline-block font-semibold text-indigo hover:underline">
                {t("lastPage")}
              </Link>
            </div>
          ) : (
            <EmptyResults state={state} labels={labels} suggestion={suggestion} />
          )}

          <Pagination page={Math.min(state.page, pages)} pages={pages} pathname="/search" query={toQueryRecord(withPage(state, 1))} />
        </section>
      </div>
    </div>
  )
}
