import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCER_GROUP_UPDATED_EVENT } from "../workflows/producer/update-producer-group"
import { productIdsOfGroups, refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/**
 * A group was approved, suspended or reinstated (its products enter or leave the catalog), or its
 * profile changed (the rows carry its name and temporary closure dates).
 */
export default async function refreshCatalogOnGroupStatus({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshCatalogProducts(container, await productIdsOfGroups(container, [event.data.id]))
}

export const config: SubscriberConfig = { event: ["producer-group.status-changed", PRODUCER_GROUP_UPDATED_EVENT] }
