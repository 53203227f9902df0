import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { parseOrThrow } from "../../utils/validate"
import { provinceFilter, type StaffRequest } from "../staff-scope"

const ListQuery = z.object({
  q: z.string().trim().max(100, "at most 100 characters").optional(),
  province: z.string().regex(/^\d{2}$/, "a 2-digit province code, e.g. 50").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * GET /staff/products?q=&province=&limit=&offset=: the products of groups in the officer's
 * provinces, with their latest official grade, for grade entry. Reads the catalog read model
 * (titles, group, province and latest grade in one indexed row, trigram search), so the cost
 * does not grow with the catalog: products on the marketplace (published, of approved groups),
 * which is what CDD grades and buyers see. A group's temporary closure does not hide them here.
 */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const { q, province, limit, offset } = parseOrThrow(ListQuery, req.query)
  const scope = provinceFilter(req.staff).province_code
  // A province outside the scope simply yields nothing (as for the group list).
  const provinces = province ? (scope ? scope.filter((p) => p === province) : [province]) : scope
  const catalog: CatalogModuleService = req.scope.resolve(CATALOG_MODULE)
  if (provinces && !provinces.length) return res.json({ products: [], count: 0, limit, offset })

  const where = ["deleted_at is null"]
  const params: unknown[] = []
  if (provinces) {
    where.push(`province_code in (${provinces.map(() => "?").join(", ")})`)
    params.push(...provinces)
  }
  if (q) {
    where.push("search like ?")
    params.push(`%${likeEscape(q.toLowerCase())}%`)
  }
  const order = q ? "strpos(search, ?) asc, title_th asc, product_id" : "group_name_th asc, title_th asc, product_id"
  const [[{ count }], rows] = await Promise.all([
    catalog.read<{ count: string }>(`select count(*) as count from catalog_entry where ${where.join(" and ")}`, params),
    catalog.read<any>(
      `select product_id, handle, title_th, title_en, thumbnail, category, group_id, group_handle, group_name_th, group_name_en,
              province_code, stars, round_be
         from catalog_entry where ${where.join(" and ")} order by ${order} limit ? offset ?`,
      [...params, ...(q ? [q.toLowerCase()] : []), limit, offset]
    ),
  ])
  res.json({
    products: rows.map((r) => ({
      id: r.product_id,
      handle: r.handle,
      title_th: r.title_th,
      title_en: r.title_en,
      thumbnail: r.thumbnail,
      category: r.category,
      producer_group: { id: r.group_id, handle: r.group_handle, name_th: r.group_name_th, name_en: r.group_name_en, province_code: r.province_code },
      otop_grade: r.stars ? { stars: Number(r.stars), round_be: Number(r.round_be) } : null,
    })),
    count: Number(count),
    limit,
    offset,
  })
}
