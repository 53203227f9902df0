import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { bestRelaxation, type Relaxation } from "@/components/trust/EmptyResults"
import { listCategories, type Category } from "@/lib/medusa"
import { countCatalog, getVocabularies, searchCatalog } from "@/lib/medusa/catalog"
import { PROVINCE_CODES } from "@/lib/provinces"
import type { LabelContext } from "./labels"
import { withoutHiddenParams, type ListingScope } from "./listing"
import { activeFilters, parseSearchParams, REGION_CODES, withoutFilter, type AllowedValues, type ParamProblem, type RawSearchParams, type SearchState } from "./params"
import type { CatalogPage, Vocabularies } from "./types"

/** The empty state compares at most this many "one filter fewer" counts. */
const MAX_RELAXATIONS = 8

export function allowedValues(vocabularies: Vocabularies, categories: Category[]): AllowedValues {
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

export type LoadedListing = {
  scope: ListingScope | null
  state: SearchState
  problems: ParamProblem[]
  page: CatalogPage
  labels: LabelContext
  suggestion: Relaxation | null
}

/**
 * One listing page (search, category, province, region, producer group) from the URL: its
 * filters checked against the vocabularies, the page with counts and facets from
 * GET /store/catalog, and, when nothing matches, which filter to drop.
 */
export async function loadListing(
  locale: AppLocale,
  raw: RawSearchParams,
  scope: ListingScope | null,
  regionNames: Record<string, string>,
): Promise<LoadedListing> {
  const [vocabularies, categories] = await Promise.all([getVocabularies(locale), listCategories(locale)])
  const { state, problems } = parseSearchParams(withoutHiddenParams(raw, scope), allowedValues(vocabularies, categories))
  const page = await searchCatalog(locale, state, undefined, scope)
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
      candidates.map(async (filter) => ({ filter, count: await countCatalog(locale, withoutFilter(state, filter), scope) })),
    )
    suggestion = bestRelaxation(relaxations)
  }
  return { scope, state, problems, page, labels, suggestion }
}
