import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRevalidationQueue, revalidationConfigFromEnv, revalidationTags } from "../lib/storefront-revalidation"
import { CATALOG_ENTRIES_REFRESHED_EVENT, type CatalogEntriesRefreshedData } from "../workflows/catalog/refresh-catalog-entries"

/** One queue per process: bursts of refreshes (imports, rebuilds) become one request. */
let queue: ReturnType<typeof createRevalidationQueue> | null = null
export function storefrontRevalidationQueue(logger: { warn: (m: string) => void; debug?: (m: string) => void }) {
  queue ??= createRevalidationQueue({ config: () => revalidationConfigFromEnv(), logger })
  return queue
}

/**
 * The catalog read model was rewritten for some products (a product, variant, price or stock
 * change, a grade, certification, review or group change all end here, see the catalog-*
 * subscribers): the storefront drops its cached catalog answers for them. Products that left the
 * catalog (deleted, unpublished, group suspended) have no row any more: their handles are looked
 * up, deleted ones included, so their pages stop being served from the cache too.
 */
export default async function revalidateStorefrontOnCatalogRefresh({ event, container }: SubscriberArgs<CatalogEntriesRefreshedData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!revalidationConfigFromEnv()) return
  try {
    const { product_ids = [], handles = [], group_handles = [] } = event.data ?? ({} as CatalogEntriesRefreshedData)
    const productHandles = [...handles]
    const groupHandles = [...group_handles]
    if (product_ids.length > handles.length && product_ids.length <= 200) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "handle", "producer_group.handle"],
        filters: { id: product_ids },
        withDeleted: true,
      } as any)
      for (const p of data as any[]) {
        productHandles.push(p.handle)
        groupHandles.push(p.producer_group?.handle)
      }
    }
    storefrontRevalidationQueue(logger).add(revalidationTags({ productHandles, groupHandles }))
  } catch (error) {
    // Revalidation must never break the write that caused it; the cache expires on its own.
    logger.warn(`storefront revalidation skipped: ${(error as Error)?.message ?? error}`)
  }
}

export const config: SubscriberConfig = { event: CATALOG_ENTRIES_REFRESHED_EVENT }
