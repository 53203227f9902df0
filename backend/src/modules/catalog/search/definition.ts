import { type CatalogFilters, FACETS, type SORTS, toFacets } from "../../../api/store/catalog/query"
import { SCHEME_BY_CODE } from "../../certification/data/schemes"
import { DYES, FIBERS, SOFT_POWER_SECTORS, TECHNIQUES } from "../../product-attributes/data/vocabularies"
import { OTOP_CATEGORIES } from "../../../seed/otop-categories"
import { REGIONS } from "../../thai-geo/data/province-regions"
import type { CatalogRow } from "../types"
import { queryLocales, segmentThai } from "./segment"

/**
 * The catalog's search index, defined once: the document made from a catalog_entry row, the
 * Meilisearch settings (searchable, filterable, sortable, facets, Thai locale) derived from the
 * field roles below, and the translation of GET /store/catalog's filters, facets, sort and paging
 * into Meilisearch multi-search queries and back. Pure functions (no client, no container), so
 * the translation is unit-tested on its own.
 */

export const DEFAULT_INDEX_UID = "otop_catalog"

// Facet names are GET /store/catalog's (query.ts): the index follows that list, whichever it is.
type Facet = string
type Sort = (typeof SORTS)[number]

/** One document per catalog_entry row; absent optional fields are left out (never null). */
export type CatalogSearchDocument = {
  id: string
  handle: string
  title_th: string
  title_th_seg: string
  title_en?: string
  group_name_th: string
  group_name_th_seg: string
  group_name_en?: string
  category?: string
  province_code: string
  region: string
  group_handle: string
  stars?: number
  cert_schemes: string[]
  gi: boolean
  fiber?: string
  techniques: string[]
  dye?: string
  soft_power: string[]
  price_min?: number
  in_stock: boolean
  rating_score: number
  rating_count: number
  product_created_at: number
  hidden_from: number
  hidden_until: number
}

type Role = {
  /** Searched by q, in the order of this list (earlier = more important for the attribute rule). */
  search?: boolean
  /** Tokenised as Thai (localizedAttributes), or as English. */
  locale?: "tha" | "eng"
  filter?: boolean
  sort?: boolean
  /** The GET /store/catalog facet this attribute is counted for. */
  facet?: Facet
}

/** Every document attribute with its roles: the one definition the settings and queries come from. */
export const SEARCH_FIELDS: { [K in keyof CatalogSearchDocument]-?: Role } = {
  id: { filter: true }, // the sync step reads back the documents it is about to replace
  title_th_seg: { search: true, locale: "tha" },
  title_en: { search: true, locale: "eng" },
  group_name_th_seg: { search: true, locale: "tha" },
  group_name_en: { search: true, locale: "eng" },
  handle: { search: true },
  title_th: { locale: "tha" }, // kept raw for people reading the index; searching uses the _seg field
  group_name_th: { locale: "tha" },
  category: { filter: true, facet: "category" },
  province_code: { filter: true, facet: "province" },
  region: { filter: true, facet: "region" },
  group_handle: { filter: true },
  stars: { filter: true, sort: true, facet: "stars" },
  cert_schemes: { filter: true, facet: "cert" },
  gi: { filter: true },
  fiber: { filter: true, facet: "fiber" },
  techniques: { filter: true, facet: "technique" },
  dye: { filter: true, facet: "dye" },
  soft_power: { filter: true, facet: "soft_power" },
  price_min: { filter: true, sort: true },
  in_stock: { filter: true },
  rating_score: { sort: true },
  rating_count: { sort: true },
  product_created_at: { sort: true },
  // A group's temporary closure is judged at request time (as the SQL path does with now()).
  hidden_from: { filter: true },
  hidden_until: { filter: true },
}

const fields = Object.entries(SEARCH_FIELDS) as [keyof CatalogSearchDocument, Role][]

/** Facet name → document attribute. */
export const FACET_ATTRIBUTE: Record<Facet, string> = Object.fromEntries(fields.filter(([, r]) => r.facet).map(([name, r]) => [r.facet, name]))

/** The facets of the API that the index cannot count (none, unless query.ts gained one this file lacks). */
export const missingFacets = () => (FACETS as readonly string[]).filter((f) => !FACET_ATTRIBUTE[f])

/** "No end": a closure field that is not set. The largest millisecond a JS Date can hold. */
const NEVER = 8_640_000_000_000_000

/**
 * How many hits a search may count and page through: Meilisearch's default (1000) would cap the
 * catalog's `count` at 1000 and hide every page past it. The API allows offset ≤ 1,000,000 and a
 * page window ends a few page sizes past it at most (see pageWindow).
 */
export const MAX_TOTAL_HITS = 2_000_000

/**
 * Settings of the index. Ranking puts `sort` first: an explicit sort (newest, price, rating) is a
 * strict order over the matches, as on the SQL path; relevance with a query sends no sort, so the
 * text rules decide and the grade, buyers' rating and newness break ties.
 */
export function indexSettings() {
  const byLocale = (locale: "tha" | "eng") => fields.filter(([, r]) => r.locale === locale).map(([n]) => n)
  return {
    searchableAttributes: fields.filter(([, r]) => r.search).map(([n]) => n),
    filterableAttributes: fields.filter(([, r]) => r.filter).map(([n]) => n),
    sortableAttributes: fields.filter(([, r]) => r.sort).map(([n]) => n),
    displayedAttributes: ["*"],
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "stars:desc", "rating_score:desc", "product_created_at:desc"],
    localizedAttributes: [
      { attributePatterns: byLocale("tha"), locales: ["tha"] },
      { attributePatterns: byLocale("eng"), locales: ["eng"] },
    ],
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" as const } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  }
}

const ms = (v: unknown): number | null => {
  if (v === null || v === undefined || v === "") return null
  const t = new Date(v as any).getTime()
  return Number.isFinite(t) ? t : null
}

/** The document of a catalog row (rows come as ISO strings from the workflow, as Dates from SQL). */
export function toSearchDocument(row: CatalogRow): CatalogSearchDocument {
  const doc: CatalogSearchDocument = {
    id: row.product_id,
    handle: row.handle,
    title_th: row.title_th,
    title_th_seg: segmentThai(row.title_th),
    group_name_th: row.group_name_th,
    group_name_th_seg: segmentThai(row.group_name_th),
    province_code: row.province_code,
    region: row.region,
    group_handle: row.group_handle,
    cert_schemes: row.cert_schemes ?? [],
    gi: !!row.gi,
    techniques: row.techniques ?? [],
    soft_power: row.soft_power ?? [],
    in_stock: !!row.in_stock,
    rating_score: Number(row.rating_score ?? 0),
    rating_count: Number(row.rating_count ?? 0),
    product_created_at: ms(row.product_created_at) ?? 0,
    hidden_from: ms(row.closed_from) ?? NEVER,
    hidden_until: ms(row.closed_until) ?? NEVER,
  }
  // Missing rather than null: Meilisearch counts no facet value for it and sorts it last either way
  // (the SQL path's "nulls last").
  if (row.title_en) doc.title_en = row.title_en
  if (row.group_name_en) doc.group_name_en = row.group_name_en
  if (row.category) doc.category = row.category
  if (row.stars !== null && row.stars !== undefined) doc.stars = Number(row.stars)
  if (row.fiber) doc.fiber = row.fiber
  if (row.dye) doc.dye = row.dye
  if (row.price_min !== null && row.price_min !== undefined) doc.price_min = Number(row.price_min)
  return doc
}

/** A filter string value, quoted for Meilisearch's filter syntax. */
export const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
const anyOf = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quote).join(", ")}]`
const and = (parts: string[]) => parts.map((p) => `(${p})`).join(" AND ")

// The query parameter of each value-list facet (stars is filtered by min_stars).
const FACET_PARAM: Record<string, "category" | "region" | "province" | "cert" | "fiber" | "technique" | "dye" | "soft_power"> = {
  category: "category", region: "region", province: "province", cert: "cert", fiber: "fiber", technique: "technique", dye: "dye", soft_power: "soft_power",
}

/** The filters as Meilisearch conditions: the ones every count obeys, and one per active facet filter. */
export function filterConditions(f: CatalogFilters, nowMs: number) {
  const facets = FACETS as readonly string[]
  const base = [`hidden_from > ${nowMs} OR hidden_until <= ${nowMs}`]
  const facet: Partial<Record<Facet, string>> = {}
  for (const [name, param] of Object.entries(FACET_PARAM)) {
    const v = f[param] as readonly string[] | undefined
    if (!v?.length) continue
    // Any of the values (array attributes: any element). A parameter that is not a facet of the
    // API narrows every count instead.
    const condition = anyOf(FACET_ATTRIBUTE[name], v)
    if (facets.includes(name)) facet[name] = condition
    else base.push(condition)
  }
  if (f.min_stars !== undefined) facet.stars = `${FACET_ATTRIBUTE.stars} >= ${f.min_stars}`
  if (f.group?.length) base.push(anyOf("group_handle", f.group))
  if (f.gi !== undefined) base.push(`gi = ${f.gi}`)
  if (f.price_min !== undefined) base.push(`price_min >= ${f.price_min}`)
  if (f.price_max !== undefined) base.push(`price_min <= ${f.price_max}`)
  if (f.in_stock !== undefined) base.push(`in_stock = ${f.in_stock}`)
  return { base, facet }
}

/**
 * Meilisearch pages by `page`/`hitsPerPage` when the count must be exact (`totalHits`; with
 * offset/limit it only gives `estimatedTotalHits`). The smallest page size ≥ limit whose one page
 * covers [offset, offset + limit): the hits are that page, sliced from `skip`.
 */
export function pageWindow(offset: number, limit: number) {
  let size = limit
  while (Math.floor(offset / size) !== Math.floor((offset + limit - 1) / size)) size++
  const page = Math.floor(offset / size) + 1
  return { hitsPerPage: size, page, skip: offset - (page - 1) * size }
}

const SORT: Record<Sort, string[]> = {
  relevance: ["stars:desc", "rating_score:desc", "product_created_at:desc"], // without a query; see indexSettings
  newest: ["product_created_at:desc"],
  price_asc: ["price_min:asc"],
  price_desc: ["price_min:desc"],
  rating: ["rating_score:desc", "rating_count:desc"],
}

export type SearchQuery = {
  indexUid: string
  q?: string
  matchingStrategy?: "all"
  locales?: ("tha" | "eng")[]
  filter: string
  facets: string[]
  sort?: string[]
  attributesToRetrieve: string[]
  hitsPerPage?: number
  page?: number
  limit?: number
}

/**
 * The multi-search that answers one catalog request: the page (every filter, exact count, the
 * facets without an active filter), then one facet-only query per active facet filter with all
 * filters but its own, so that a facet's other values keep their counts (as on the SQL path).
 * Null when `q` holds no word at all (only punctuation): nothing can match.
 */
export function searchQueries(f: CatalogFilters, indexUid: string, nowMs: number): SearchQuery[] | null {
  const missing = missingFacets()
  if (missing.length) throw new Error(`the search index has no attribute for the facet(s) ${missing.join(", ")} (search/definition.ts)`)
  const q = f.q ? segmentThai(f.q) : ""
  if (f.q && !q) return null
  const locales = q ? queryLocales(q) : []
  // AND semantics: every query word must match, as the SQL path's single substring does.
  const text = q ? { q, matchingStrategy: "all" as const, ...(locales.length ? { locales } : {}) } : {}
  const { base, facet } = filterConditions(f, nowMs)
  const active = FACETS.filter((n) => facet[n])
  const window = pageWindow(f.offset, f.limit)
  const sort = f.sort === "relevance" && q ? undefined : SORT[f.sort]
  const page: SearchQuery = {
    indexUid,
    ...text,
    filter: and([...base, ...active.map((n) => facet[n]!)]),
    facets: FACETS.filter((n) => !facet[n]).map((n) => FACET_ATTRIBUTE[n]),
    ...(sort ? { sort } : {}),
    attributesToRetrieve: ["id"],
    hitsPerPage: window.hitsPerPage,
    page: window.page,
  }
  const perFacet = active.map((own): SearchQuery => ({
    indexUid,
    ...text,
    filter: and([...base, ...active.filter((n) => n !== own).map((n) => facet[n]!)]),
    facets: [FACET_ATTRIBUTE[own]],
    attributesToRetrieve: ["id"],
    limit: 0,
  }))
  return [page, ...perFacet]
}

// Facet values as the API spells them: Meilisearch matches filters case-insensitively and may
// return any one casing of a value, so known codes are mapped back to their canonical form.
const CANONICAL: Record<Facet, Map<string, string>> = {
  category: new Map(OTOP_CATEGORIES.map((c) => [c.handle.toLowerCase(), c.handle])),
  region: new Map(Object.keys(REGIONS).map((r) => [r.toLowerCase(), r])),
  cert: new Map([...SCHEME_BY_CODE.keys()].map((c) => [c.toLowerCase(), c])),
  fiber: new Map(FIBERS.map((t) => [t.code.toLowerCase(), t.code])),
  technique: new Map(TECHNIQUES.map((t) => [t.code.toLowerCase(), t.code])),
  dye: new Map(DYES.map((t) => [t.code.toLowerCase(), t.code])),
  soft_power: new Map(SOFT_POWER_SECTORS.map((t) => [t.code.toLowerCase(), t.code])),
}

type SearchResult = { hits: { id: string }[]; totalHits?: number; estimatedTotalHits?: number; facetDistribution?: Record<string, Record<string, number>> }

/** The multi-search results → the page's product ids (in order) and `{ count, facets }` as the SQL path gives them. */
export function readResults(f: CatalogFilters, queries: SearchQuery[], results: SearchResult[]) {
  const [page, ...perFacet] = results
  const window = pageWindow(f.offset, f.limit)
  const ids = (page.hits ?? []).slice(window.skip, window.skip + f.limit).map((h) => String(h.id))
  const count = page.totalHits ?? page.estimatedTotalHits ?? 0
  const rows: { facet: string; value: string | null; n: number }[] = [{ facet: "total", value: null, n: count }]
  const facetOf = new Map(Object.entries(FACET_ATTRIBUTE).map(([facet, attribute]) => [attribute, facet]))
  const collect = (distribution: SearchResult["facetDistribution"], attributes: string[]) => {
    for (const attribute of attributes) {
      const facet = facetOf.get(attribute)!
      for (const [value, n] of Object.entries(distribution?.[attribute] ?? {})) {
        if (n > 0) rows.push({ facet, value: CANONICAL[facet]?.get(value.toLowerCase()) ?? value, n })
      }
    }
  }
  collect(page.facetDistribution, queries[0].facets)
  perFacet.forEach((r, i) => collect(r.facetDistribution, queries[i + 1].facets))
  return { ids, ...toFacets(rows) }
}

/** The answer when the query can match nothing: no products, every facet empty. */
export const emptyResult = () => ({ ids: [] as string[], ...toFacets([{ facet: "total", value: null, n: 0 }]) })
