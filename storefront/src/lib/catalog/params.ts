import { toSatang } from "@/lib/money"

/**
 * The search page's state lives in the URL only (shareable, crawlable, works without
 * JavaScript). This file reads it, writes it back in one canonical form (so that equal searches
 * share a cache entry), toggles single filters, and turns it into the catalog API's query.
 */

export const PAGE_SIZE = 24

export const SORTS = ["relevance", "newest", "price_asc", "price_desc", "rating"] as const
export type Sort = (typeof SORTS)[number]

/** Filters that take several values (any of them matches), as repeated URL parameters. */
export const LIST_PARAMS = ["category", "region", "province", "cert", "fiber", "technique", "dye", "soft_power"] as const
export type ListParam = (typeof LIST_PARAMS)[number]

export const REGION_CODES = ["north", "northeast", "central", "east", "west", "south"] as const

/** The catalog API pages up to offset 1,000,000: the last page a link may ask for. */
export const MAX_PAGE = Math.floor(1_000_000 / PAGE_SIZE) + 1

const MAX_QUERY_LENGTH = 100
const BAHT = /^\d{1,7}(\.\d{1,2})?$/

export type SearchState = {
  q: string | null
  lists: Record<ListParam, string[]>
  /** Official grade: this many stars or more (the URL's `stars`, the API's `min_stars`). */
  stars: number | null
  gi: boolean
  /** Baht as typed, validated ("150" or "150.50"). */
  priceMin: string | null
  priceMax: string | null
  inStock: boolean
  sort: Sort
  page: number
}

/** The values each list filter accepts (from the vocabularies, categories and provinces). */
export type AllowedValues = Record<ListParam, ReadonlySet<string>>

export type ParamProblem = {
  param: string
  value: string
  /** unknown: not a value of that filter; invalid: malformed; range: price_max below price_min. */
  reason: "unknown" | "invalid" | "range"
}

export type RawSearchParams = Record<string, string | string[] | undefined>

const emptyLists = (): Record<ListParam, string[]> =>
  Object.fromEntries(LIST_PARAMS.map((param) => [param, [] as string[]])) as Record<ListParam, string[]>

export const EMPTY_STATE: SearchState = {
  q: null,
  lists: emptyLists(),
  stars: null,
  gi: false,
  priceMin: null,
  priceMax: null,
  inStock: false,
  sort: "relevance",
  page: 1,
}

/** Every value of a parameter, repeated (`?dye=A&dye=B`) or comma-separated (`?dye=A,B`). */
function valuesOf(raw: RawSearchParams, name: string): string[] {
  const value = raw[name]
  if (value === undefined) return []
  return ([] as string[])
    .concat(value)
    .flatMap((part) => part.split(","))
    .map((part) => part.trim())
    .filter(Boolean)
}

const firstOf = (raw: RawSearchParams, name: string): string | undefined => valuesOf(raw, name)[0]

/**
 * The state a URL asks for. Values the catalog would refuse are left out and reported, so that a
 * stale or mistyped link still shows results (with a note) instead of an error page.
 */
export function parseSearchParams(raw: RawSearchParams, allowed: AllowedValues): { state: SearchState; problems: ParamProblem[] } {
  const problems: ParamProblem[] = []
  const lists = emptyLists()
  for (const param of LIST_PARAMS) {
    const seen = new Set<string>()
    for (const value of valuesOf(raw, param)) {
      if (!allowed[param].has(value)) problems.push({ param, value, reason: "unknown" })
      else seen.add(value)
    }
    lists[param] = [...seen].sort()
  }

  // Search words may contain commas: read `q` whole, not split like the filters.
  const rawQ = raw.q === undefined ? "" : ([] as string[]).concat(raw.q)[0] ?? ""
  const query = rawQ.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim() || null

  let stars: number | null = null
  const starsText = firstOf(raw, "stars")
  if (starsText !== undefined) {
    if (/^[1-5]$/.test(starsText)) stars = Number(starsText)
    else problems.push({ param: "stars", value: starsText, reason: "invalid" })
  }

  const flag = (name: string): boolean => {
    const value = firstOf(raw, name)
    if (value === undefined) return false
    if (value === "true") return true
    problems.push({ param: name, value, reason: "invalid" })
    return false
  }
  const gi = flag("gi")
  const inStock = flag("in_stock")

  const price = (name: string): string | null => {
    const value = firstOf(raw, name)
    if (value === undefined) return null
    if (BAHT.test(value)) return value
    problems.push({ param: name, value, reason: "invalid" })
    return null
  }
  const priceMin = price("price_min")
  let priceMax = price("price_max")
  if (priceMin !== null && priceMax !== null && toSatang(priceMax) < toSatang(priceMin)) {
    problems.push({ param: "price_max", value: priceMax, reason: "range" })
    priceMax = null
  }

  let sort: Sort = "relevance"
  const sortText = firstOf(raw, "sort")
  if (sortText !== undefined) {
    if ((SORTS as readonly string[]).includes(sortText)) sort = sortText as Sort
    else problems.push({ param: "sort", value: sortText, reason: "invalid" })
  }

  const pageNumber = Number.parseInt(firstOf(raw, "page") ?? "1", 10)
  const page = Number.isFinite(pageNumber) && pageNumber > 0 ? Math.min(pageNumber, MAX_PAGE) : 1

  return { state: { q: query, lists, stars, gi, priceMin, priceMax, inStock, sort, page }, problems }
}

/** The canonical URL parameters of a state, as [name, value] pairs (defaults left out). */
export function toQueryPairs(state: SearchState): [string, string][] {
  const pairs: [string, string][] = []
  if (state.q) pairs.push(["q", state.q])
  for (const param of LIST_PARAMS) for (const value of [...state.lists[param]].sort()) pairs.push([param, value])
  if (state.stars !== null) pairs.push(["stars", String(state.stars)])
  if (state.gi) pairs.push(["gi", "true"])
  if (state.priceMin !== null) pairs.push(["price_min", state.priceMin])
  if (state.priceMax !== null) pairs.push(["price_max", state.priceMax])
  if (state.inStock) pairs.push(["in_stock", "true"])
  if (state.sort !== "relevance") pairs.push(["sort", state.sort])
  if (state.page > 1) pairs.push(["page", String(state.page)])
  return pairs
}

/** "/search?…" (without the locale: next-intl's Link adds it). */
export function searchHref(state: SearchState, pathname = "/search"): string {
  const query = new URLSearchParams(toQueryPairs(state)).toString()
  return query ? `${pathname}?${query}` : pathname
}

// Every change of filters goes back to the first page: page 7 of the old results means nothing.
const changed = (state: SearchState, patch: Partial<SearchState>): SearchState => ({ ...state, ...patch, page: 1 })

/** Adds the value to the filter, or removes it when it is already there. */
export function toggleValue(state: SearchState, param: ListParam, value: string): SearchState {
  const current = state.lists[param]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort()
  return changed(state, { lists: { ...state.lists, [param]: next } })
}

/** Chooses "this many stars or more"; choosing the current one again removes the filter. */
export function toggleStars(state: SearchState, stars: number): SearchState {
  return changed(state, { stars: state.stars === stars ? null : stars })
}

export function toggleFlag(state: SearchState, flag: "gi" | "inStock"): SearchState {
  return changed(state, { [flag]: !state[flag] })
}

export function withSort(state: SearchState, sort: Sort): SearchState {
  return changed(state, { sort })
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page }
}

/** One active filter, as a removable chip. */
export type ActiveFilter =
  | { kind: "q"; value: string }
  | { kind: "list"; param: ListParam; value: string }
  | { kind: "stars"; value: number }
  | { kind: "gi" }
  | { kind: "price"; min: string | null; max: string | null }
  | { kind: "inStock" }

export function activeFilters(state: SearchState): ActiveFilter[] {
  const filters: ActiveFilter[] = []
  if (state.q) filters.push({ kind: "q", value: state.q })
  if (state.stars !== null) filters.push({ kind: "stars", value: state.stars })
  if (state.gi) filters.push({ kind: "gi" })
  for (const param of LIST_PARAMS) for (const value of state.lists[param]) filters.push({ kind: "list", param, value })
  if (state.priceMin !== null || state.priceMax !== null) filters.push({ kind: "price", min: state.priceMin, max: state.priceMax })
  if (state.inStock) filters.push({ kind: "inStock" })
  return filters
}

/** The state without one filter. */
export function withoutFilter(state: SearchState, filter: ActiveFilter): SearchState {
  switch (filter.kind) {
    case "q":
      return changed(state, { q: null })
    case "list":
      return changed(state, { lists: { ...state.lists, [filter.param]: state.lists[filter.param].filter((v) => v !== filter.value) } })
    case "stars":
      return changed(state, { stars: null })
    case "gi":
      return changed(state, { gi: false })
    case "price":
      return changed(state, { priceMin: null, priceMax: null })
    case "inStock":
      return changed(state, { inStock: false })
  }
}

/** "Clear all": every filter goes, the search words and the order stay. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_STATE, lists: emptyLists(), q: state.q, sort: state.sort }
}

export function hasFilters(state: SearchState): boolean {
  return activeFilters(state).some((filter) => filter.kind !== "q")
}

/** The catalog API's query for this state (the URL's `stars` is the API's `min_stars`). */
export function toCatalogQuery(state: SearchState, pageSize = PAGE_SIZE): Record<string, string | number> {
  const query: Record<string, string | number> = { sort: state.sort, limit: pageSize, offset: (state.page - 1) * pageSize }
  if (state.q) query.q = state.q
  for (const param of LIST_PARAMS) if (state.lists[param].length) query[param] = [...state.lists[param]].sort().join(",")
  if (state.stars !== null) query.min_stars = state.stars
  if (state.gi) query.gi = "true"
  if (state.priceMin !== null) query.price_min = state.priceMin
  if (state.priceMax !== null) query.price_max = state.priceMax
  if (state.inStock) query.in_stock = "true"
  return query
}

/** Number of pages for a result count (at least 1). */
export function pageCount(count: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/** The URL parameters as a record (repeated names as arrays), e.g. for links built from objects. */
export function toQueryRecord(state: SearchState): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {}
  for (const [name, value] of toQueryPairs(state)) {
    const existing = record[name]
    record[name] = existing === undefined ? value : ([] as string[]).concat(existing, value)
  }
  return record
}
