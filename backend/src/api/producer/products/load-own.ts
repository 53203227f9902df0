import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import GroupProductLink from "../../../links/producer-group-product"
import { actingGroupId, type ProducerRequest } from "../acting-group"

/** The ids of the acting group's products (the link is the ownership). */
export async function groupProductIds(req: ProducerRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: GroupProductLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_group_id: actingGroupId(req) },
  })
  return data.map((l: any) => l.product_id)
}

/** One of the acting group's products, or a 404 that says nothing about other groups'. */
export async function assertOwnProduct(req: ProducerRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: GroupProductLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_group_id: actingGroupId(req), product_id: productId },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
}
