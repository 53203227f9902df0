import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { parseOrThrow } from "../../utils/validate"
import { provinceFilter, type StaffRequest } from "../staff-scope"
import { withoutPayout } from "./load-in-scope"

const ListQuery = z.object({
  status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
  province_code: z.string().regex(/^\d{2}$/).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /staff/producer-groups: groups in the officer's scope (pending registrations first by default). */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const { status, province_code, q, limit, offset } = parseOrThrow(ListQuery, req.query)
  const scope = provinceFilter(req.staff)
  // A province outside the scope simply yields nothing.
  const provinces = province_code ? (scope.province_code ? scope.province_code.filter((p) => p === province_code) : [province_code]) : scope.province_code
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer_group",
    fields: ["*"],
    filters: {
      ...(status ? { status } : {}),
      ...(provinces ? { province_code: provinces } : {}),
      ...(q ? { $or: [{ name_th: { $ilike: `%${q}%` } }, { name_en: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }] } : {}),
    },
    pagination: { take: limit, skip: offset, order: { submitted_at: "ASC" } },
  })
  res.json({ producer_groups: data.map(withoutPayout), count: metadata?.count ?? data.length, limit, offset })
}
