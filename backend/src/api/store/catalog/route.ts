import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { parseOrThrow } from "../../utils/validate"
import { CatalogQuery, facetsStatement, pageStatement, toFacets, toProduct } from "./query"

/**
 * GET /store/catalog: published products of approved, open groups with their grade,
 * certifications, fabric, soft power and rating, filtered, sorted and paged, with facet counts.
 * Reads only the catalog read model (two statements), so its cost does not grow with the catalog.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  // Medusa's locale middleware takes `?locale=` (or the x-medusa-locale header) off the query
  // and normalises it onto req.locale ("en" → "en-US"): read it back from there.
  const locale = (req as any).locale as string | undefined
  const filters = parseOrThrow(CatalogQuery, { ...req.query, ...(locale ? { locale: /^(en|th)(-|$)/i.test(locale) ? locale.slice(0, 2).toLowerCase() : locale } : {}) })
  const catalog: CatalogModuleService = req.scope.resolve(CATALOG_MODULE)
  const facets = facetsStatement(filters)
  const page = pageStatement(filters)
  const [facetRows, rows] = await Promise.all([catalog.read<any>(facets.sql, facets.params), catalog.read<any>(page.sql, page.params)])
  res.json({ products: rows.map((r) => toProduct(r, filters.locale)), ...toFacets(facetRows), limit: filters.limit, offset: filters.offset })
}
