import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/**
 * Stock changed outside a product edit (an operator's adjustment in the admin, a fulfilment, a
 * return): the in-stock flag of the products holding these inventory levels follows, and through
 * the catalog refresh the storefront's cache (storefront-revalidate.ts).
 */
export default async function refreshCatalogOnStock({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = ([] as { id: string }[]).concat(event.data ?? []).map((d) => d?.id).filter(Boolean)
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id"],
    filters: { id: ids },
    withDeleted: true,
  } as any)
  const itemIds = [...new Set((levels as any[]).map((l) => l.inventory_item_id).filter(Boolean))]
  if (!itemIds.length) return
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: itemIds },
  })
  const productIds = (items as any[]).flatMap((i) => (i.variants ?? []).map((v: any) => v?.product_id)).filter(Boolean)
  if (productIds.length) await refreshCatalogProducts(container, productIds)
}

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"],
}
