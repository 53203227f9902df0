import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import GroupProductLink from "../../../links/producer-group-product"
import { inScope, type StaffRequest } from "../staff-scope"

/** A product whose group lies in the officer's provinces, or a 404 that says nothing more. */
export async function loadProductInScope(req: StaffRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [link] } = await query.graph({
    entity: GroupProductLink.entryPoint,
    fields: ["product_id", "producer_group.id", "producer_group.province_code", "producer_group.name_th", "producer_group.handle"],
    filters: { product_id: productId },
  })
  const group = (link as any)?.producer_group
  if (!group || !inScope(req.staff, group.province_code)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return { product_id: productId, group: group as { id: string; province_code: string; name_th: string; handle: string } }
}
