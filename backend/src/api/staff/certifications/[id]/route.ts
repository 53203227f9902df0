import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StaffRequest } from "../../staff-scope"
import { loadCertificationInScope } from "../load-in-scope"

/** GET /staff/certifications/:id: one certification in scope, with its document, product and group. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const certification = await loadCertificationInScope(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [product] }, { data: [group] }] = await Promise.all([
    certification.product_id
      ? query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: certification.product_id } })
      : { data: [] as any[] },
    query.graph({ entity: "producer_group", fields: ["id", "handle", "name_th", "name_en", "province_code"], filters: { id: certification.group_id } }),
  ])
  res.json({ certification: { ...certification, product: product ?? null, producer_group: group ?? null } })
}
