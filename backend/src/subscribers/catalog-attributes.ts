import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_ATTRIBUTES_CHANGED_EVENT } from "../workflows/product-attributes/set-product-attributes"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** Fabric or soft-power attributes changed: the catalog filters on them. */
export default async function refreshCatalogOnAttributes({ event, container }: SubscriberArgs<{ product_id: string }>) {
  await refreshCatalogProducts(container, [event.data.product_id])
}

export const config: SubscriberConfig = { event: PRODUCT_ATTRIBUTES_CHANGED_EVENT }
