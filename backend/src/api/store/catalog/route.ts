import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../modules/catalog"
import { hydrateRows, searchWithMeilisearch } from "../../../modules/catalog/search/provider"
import type CatalogModuleService from "../../../modules/catalog/service"
import { parseOrThrow } from "../../utils/validate"
import { type CatalogFilters, CatalogQuery, facetsStatement, pageStatement, toFacets, toProduct } from "./query"

/**
 * GET /store/catalog: published products of approved, open groups with their grade,
 * certifications, fabric, soft power and rating, filtered, sorted and paged, with facet counts.
 * With Meilisearch configured (MEILISEARCH_HOST), it finds the page's ids, the count and the
 * facets, and the page is read from the catalog read model by id (one statement); otherwise, or
 * when Meilisearch fails, the read model answers alone (at most two statements: count+facets, the
 * page). The response is the same either way.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  // Medusa's locale middleware takes `?locale=` (or the x-medusa-locale header) off the query
  // and normalises it onto req.locale ("en" → "en-US"): read it back from there.
  const locale = (req as any).locale as string | undefined
  const filters = parseOrThrow(CatalogQuery, { ...req.query, ...(locale ? { locale: /^(en|th)(-|$)/i.test(locale) ? locale.slice(0, 2).toLowerCase() : locale } : {}) })
  const catalog: CatalogModuleService = req.scope.resolve(CATALOG_MODULE)
  const searched = await searchWithMeilisearch(filters, req.scope.resolve(ContainerRegistrationKeys.LOGGER))
  if (searched) {
    const rows = await hydrateRows(catalog, searched.ids)
    res.json({ products: rows.map((r) => toProduct(r, filters.locale)), count: searched.count, facets: searched.facets, limit: filters.limit, offset: filters.offset })
    return
  }
  const page = pageStatement(filters)
  const [summary, rows] = await Promise.all([countAndFacets(catalog, filters), catalog.read<any>(page.sql, page.params)])
  res.json({ products: rows.map((r) => toProduct(r, filters.locale)), ...summary, limit: filters.limit, offset: filters.offset })
}

// Count and facets cost in proportion to the matching rows (the page does not), so the same
// filters' answer is kept a few seconds per process: browsing repeats filter sets, and a count
// at most that old is acceptable next to an always-fresh page. CATALOG_FACET_CACHE_MS=0 turns it off.
const FACET_CACHE_MS = Number(process.env.CATALOG_FACET_CACHE_MS ?? 5000)
const facetCache = new Map<string, { at: number; value: Promise<ReturnType<typeof toFacets>> }>()

function countAndFacets(catalog: CatalogModuleService, filters: CatalogFilters) {
  const { sort, limit, offset, locale, ...only } = filters
  const key = JSON.stringify(only)
  const now = Date.now()
  const hit = facetCache.get(key)
  if (FACET_CACHE_MS > 0 && hit && now - hit.at < FACET_CACHE_MS) return hit.value
  const statement = facetsStatement(filters)
  const value = catalog.read<any>(statement.sql, statement.params).then(toFacets)
  if (FACET_CACHE_MS > 0) {
    if (facetCache.size >= 1000) facetCache.clear() // bounded memory; many distinct filter sets just recompute
    facetCache.set(key, { at: now, value })
    value.catch(() => facetCache.delete(key))
  }
  return value
}
