import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** An order took stock: its products' in-stock flag may have changed (cheap: only the order's products). */
export default async function refreshCatalogOnOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: event.data.id } })
  const ids = (order?.items ?? []).map((i: any) => i?.product_id).filter(Boolean)
  if (ids.length) await refreshCatalogProducts(container, ids)
}

export const config: SubscriberConfig = { event: "order.placed" }
