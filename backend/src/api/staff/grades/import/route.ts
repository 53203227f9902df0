import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import GroupProductLink from "../../../../links/producer-group-product"
import { categoryOfType, matchKey, parseGradeCsv, parseStars } from "../../../../modules/otop-grade/data/cdd-open-data"
import { THAI_GEO_MODULE } from "../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../modules/thai-geo/service"
import { recordOtopGradesWorkflow, type OtopGradeInput } from "../../../../workflows/otop-grade/record-otop-grades"
import { parseOrThrow } from "../../../utils/validate"
import { inScope, type StaffRequest } from "../../staff-scope"

const ImportFields = z.object({
  round_be: z.coerce.number().int().min(2546, "the selection round of the file, as a BE year, e.g. 2567").max(new Date().getFullYear() + 544),
  dry_run: z.enum(["true", "false"]).default("false"),
})

/** Why a row was not applied: a stable code (screens translate it) next to the English reason. */
type RejectCode =
  | "stars_invalid" | "province_unknown" | "province_out_of_scope" | "producer_unknown"
  | "product_unknown" | "product_ambiguous" | "type_unknown" | "type_mismatch" | "duplicate_row"
type Rejected = { row: number; product: string; producer: string; province: string; type: string; stars_text: string; code: RejectCode; reason: string; other_row?: number; matches?: number }

/**
 * POST /staff/grades/import (multipart: `file`, `round_be`, optional `dry_run`): CDD's open-data
 * CSV of one selection round. Rows that match a product (its name, its group's name, the
 * province, the product type) in the officer's provinces are applied together in one
 * transaction; every other row comes back with the reason. `dry_run=true` only reports.
 */
export const POST = async (req: StaffRequest, res: MedusaResponse) => {
  const file = (req as any).file as { buffer: Buffer } | undefined
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: no CSV file was sent (multipart field 'file')")
  const { round_be, dry_run } = parseOrThrow(ImportFields, req.body ?? {})
  const parsed = parseGradeCsv(file.buffer.toString("utf8"))
  if (parsed.error) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${parsed.error}`)

  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  const provinceByName = new Map<string, string>()
  for (const p of geo.listProvinces()) {
    provinceByName.set(matchKey(p.name_th), p.code)
    provinceByName.set(matchKey(`จังหวัด${p.name_th}`), p.code)
    provinceByName.set(matchKey(p.name_en), p.code)
  }
  const provinceOf = (name: string) => provinceByName.get(matchKey(name)) ?? provinceByName.get(matchKey(name).replace(/^จ\.\s*/, ""))

  // The groups of the file's provinces (in scope) and their products: two queries for any file size.
  const codes = [...new Set(parsed.rows.map((r) => provinceOf(r.province)).filter((c): c is string => !!c && inScope(req.staff, c)))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = codes.length
    ? await query.graph({ entity: "producer_group", fields: ["id", "name_th", "name_en", "province_code"], filters: { province_code: codes } })
    : { data: [] as any[] }
  const { data: links } = groups.length
    ? await query.graph({
        entity: GroupProductLink.entryPoint,
        fields: ["producer_group_id", "product.id", "product.title", "product.categories.handle"],
        filters: { producer_group_id: groups.map((g: any) => g.id) },
      })
    : { data: [] as any[] }

  const applied: (OtopGradeInput & { row: number; product_title: string; group_name: string })[] = []
  const rejected: Rejected[] = []
  const seen = new Map<string, number>()
  for (const r of parsed.rows) {
    const reject = (code: RejectCode, reason: string, extra: { other_row?: number; matches?: number } = {}) =>
      rejected.push({ row: r.row, product: r.product, producer: r.producer, province: r.province, type: r.type, stars_text: r.stars_text, code, reason, ...extra })
    const stars = parseStars(r.stars_text)
    if (stars === null) { reject("stars_invalid", `stars: '${r.stars_text}' is not 1–5 ดาว`); continue }
    const code = provinceOf(r.province)
    if (!code) { reject("province_unknown", `province: '${r.province}' is not a Thai province`); continue }
    if (!inScope(req.staff, code)) { reject("province_out_of_scope", `province: ${r.province} is outside your provinces`); continue }
    const candidates = groups.filter((g: any) => g.province_code === code && [g.name_th, g.name_en].some((n: string) => n && matchKey(n) === matchKey(r.producer)))
    if (!candidates.length) { reject("producer_unknown", `producer: no registered group named '${r.producer}' in ${r.province}`); continue }
    const products = links
      .filter((l: any) => candidates.some((g: any) => g.id === l.producer_group_id) && matchKey(l.product?.title) === matchKey(r.product))
      .map((l: any) => ({ ...l.product, group: candidates.find((g: any) => g.id === l.producer_group_id) }))
    if (!products.length) { reject("product_unknown", `product: '${r.product}' is not a product of ${r.producer}`); continue }
    if (products.length > 1) { reject("product_ambiguous", `product: '${r.product}' matches ${products.length} products of ${r.producer}; record it one by one`, { matches: products.length }); continue }
    const [product] = products
    const category = categoryOfType(r.type)
    if (!category) { reject("type_unknown", `type: '${r.type}' is not an OTOP product type`); continue }
    if (!(product.categories ?? []).some((c: any) => c?.handle === category)) { reject("type_mismatch", `type: the file says '${r.type}', the product is in another category`); continue }
    if (seen.has(product.id)) { reject("duplicate_row", `product: also in row ${seen.get(product.id)}`, { other_row: seen.get(product.id) }); continue }
    seen.set(product.id, r.row)
    applied.push({ row: r.row, product_id: product.id, group_id: product.group.id, province_code: code, round_be, stars, product_title: product.title, group_name: product.group.name_th })
  }

  let result = { created: [] as { id: string }[], updated: [] as string[] }
  if (dry_run === "false" && applied.length) {
    const { result: recorded } = await recordOtopGradesWorkflow(req.scope).run({
      input: { grades: applied.map(({ row, product_title, group_name, ...g }) => g), source: "cdd_open_data", recorded_by: req.staff.staff_id, on_existing: "update" },
    })
    result = recorded
  }
  res.json({
    round_be,
    dry_run: dry_run === "true",
    rows: parsed.rows.length,
    applied: applied.map((a) => ({ row: a.row, product_id: a.product_id, stars: a.stars, product_title: a.product_title, group_name: a.group_name, province_code: a.province_code })),
    created: result.created.length,
    updated: result.updated.length,
    rejected,
  })
}
