import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import GroupProductLink from "../../../links/producer-group-product"
import { groupClosedMessage } from "../../cart/line-rules"
import { isClosed } from "./dates"


/**
 * Refuses variants of groups that are temporarily closed (harvest, festival): their products
 * stay visible, but nobody can buy them until the group reopens. The message says when.
 */
export async function assertGroupsOpenForVariants(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "variant", fields: ["id", "product_id"], filters: { id: variantIds } })
  const productIds = [...new Set(variants.map((v: any) => v.product_id))]
  if (!productIds.length) return
  const { data: links } = await query.graph({
    entity: GroupProductLink.entryPoint,
    fields: ["producer_group.name_th", "producer_group.name_en", "producer_group.closed_from", "producer_group.closed_until"],
    filters: { product_id: productIds },
  })
  const closed = links.map((l: any) => l.producer_group).find((g: any) => g && isClosed(g))
  if (closed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, groupClosedMessage(closed))
}
