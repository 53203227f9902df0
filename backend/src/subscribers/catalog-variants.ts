import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** A variant was added, edited (price) or removed: its product's lowest price and stock follow. */
export default async function refreshCatalogOnVariantChange({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "variant", fields: ["id", "product_id"], filters: { id: event.data.id }, withDeleted: true } as any)
  const productId = (data[0] as any)?.product_id
  if (productId) await refreshCatalogProducts(container, [productId])
}

export const config: SubscriberConfig = { event: ["product-variant.created", "product-variant.updated", "product-variant.deleted"] }
