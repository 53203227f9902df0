import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productIdsOfGroups, refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** A group was approved, suspended or reinstated: all its products enter or leave the catalog. */
export default async function refreshCatalogOnGroupStatus({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshCatalogProducts(container, await productIdsOfGroups(container, [event.data.id]))
}

export const config: SubscriberConfig = { event: "producer-group.status-changed" }
