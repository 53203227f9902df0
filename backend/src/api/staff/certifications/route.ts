import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { presentCertification } from "../../producer/certifications/shared"
import { parseOrThrow } from "../../utils/validate"
import { provinceFilter, type StaffRequest } from "../staff-scope"

const ListQuery = z.object({
  status: z.enum(["draft", "pending", "verified", "rejected", "expired"]).default("pending"),
  scheme: z.string().trim().max(40).optional(),
  province: z.string().regex(/^\d{2}$/, "a 2-digit province code, e.g. 50").optional(),
  q: z.string().trim().max(100, "at most 100 characters").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)
// A search naming many products is too vague to be useful; the first ones are enough to list.
const SEARCH_PRODUCTS_MAX = 500

/**
 * GET /staff/certifications?status=&scheme=&province=&q=: the queue (oldest first) of
 * certifications in the officer's provinces. `q` matches the number or certificate number, the
 * group's name or handle, or the product's title.
 */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const { status, scheme, province, q, limit, offset } = parseOrThrow(ListQuery, req.query)
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const scope = provinceFilter(req.staff).province_code
  // A province outside the scope simply yields nothing (as for the group list).
  const provinces = province ? (scope ? scope.filter((p) => p === province) : [province]) : scope
  if (provinces && !provinces.length) return res.json({ certifications: [], count: 0, limit, offset })
  const searched = q ? await searchFilter(query, q, provinces) : {}
  const [rows, count] = await service.listAndCountCertifications(
    { status, ...(scheme ? { scheme } : {}), ...(provinces ? { province_code: provinces } : {}), ...searched },
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  // Name the product and group each one belongs to (one query each, whatever the page size).
  const productIds = [...new Set(rows.map((r) => r.product_id).filter(Boolean))] as string[]
  const groupIds = [...new Set(rows.map((r) => r.group_id))]
  const [{ data: products }, { data: groups }] = await Promise.all([
    productIds.length ? query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: productIds } }) : { data: [] as any[] },
    groupIds.length ? query.graph({ entity: "producer_group", fields: ["id", "handle", "name_th", "name_en"], filters: { id: groupIds } }) : { data: [] as any[] },
  ])
  const productById = new Map<string, any>(products.map((p: any) => [p.id, p] as const))
  const groupById = new Map<string, any>(groups.map((g: any) => [g.id, g] as const))
  res.json({
    certifications: rows.map((r) => ({
      ...presentCertification(r),
      product: r.product_id ? productById.get(r.product_id) ?? null : null,
      producer_group: groupById.get(r.group_id) ?? null,
    })),
    count,
    limit,
    offset,
  })
}

/** The certifications' filter for a search: its number, certificate number, group or product. */
async function searchFilter(query: any, q: string, provinces: string[] | undefined) {
  const like = `%${likeEscape(q)}%`
  const [{ data: groups }, { data: products }] = await Promise.all([
    query.graph({
      entity: "producer_group",
      fields: ["id"],
      filters: {
        ...(provinces ? { province_code: provinces } : {}),
        $or: [{ name_th: { $ilike: like } }, { name_en: { $ilike: like } }, { handle: { $ilike: like } }],
      },
    }),
    query.graph({ entity: "product", fields: ["id"], filters: { title: { $ilike: like } }, pagination: { take: SEARCH_PRODUCTS_MAX } }),
  ])
  // Numbers are stored without separators: "50-2-00162-2-0031" finds 5020016220031.
  const digits = q.replace(/[\s\-.]/g, "")
  return {
    $or: [
      { number: { $ilike: `%${likeEscape(digits || q)}%` } },
      { certificate_number: { $ilike: like } },
      ...(groups.length ? [{ group_id: groups.map((g: any) => g.id) }] : []),
      ...(products.length ? [{ product_id: products.map((p: any) => p.id) }] : []),
    ],
  }
}
