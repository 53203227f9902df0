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
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /staff/certifications: the queue (pending first) of certifications in the officer's provinces. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const { status, scheme, limit, offset } = parseOrThrow(ListQuery, req.query)
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const [rows, count] = await service.listAndCountCertifications(
    { status, ...(scheme ? { scheme } : {}), ...provinceFilter(req.staff) },
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  // Name the product and group each one belongs to (one query each, whatever the page size).
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
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
