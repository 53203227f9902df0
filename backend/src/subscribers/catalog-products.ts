import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** A product was created, edited or deleted: its catalog row follows (a deleted one leaves). */
export default async function refreshCatalogOnProductChange({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshCatalogProducts(container, [event.data.id])
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", "product.deleted"] }
