import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogEntriesWorkflow } from "./refresh-catalog-entries"

/** Ids per workflow run: keeps each run's `id IN (…)` lists and the upsert statement small. */
export const CATALOG_BATCH = 500

/**
 * Refreshes the catalog rows of these products, a batch at a time (subscribers and the full
 * rebuild); `skipSearchSync` leaves the Meilisearch index to a reindex afterwards.
 */
export async function refreshCatalogProducts(container: MedusaContainer, productIds: string[], now?: string, { skipSearchSync = false } = {}) {
  const ids = [...new Set(productIds.filter(Boolean))]
  let written = 0
  let removed = 0
  for (let i = 0; i < ids.length; i += CATALOG_BATCH) {
    const { result } = await refreshCatalogEntriesWorkflow(container).run({ input: { product_ids: ids.slice(i, i + CATALOG_BATCH), now, skip_search_sync: skipSearchSync } })
    written += result.written
    removed += result.removed
  }
  return { written, removed }
}

/** The products of these producer groups (one query). */
export async function productIdsOfGroups(container: MedusaContainer, groupIds: string[]): Promise<string[]> {
  if (!groupIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer_group", fields: ["id", "products.id"], filters: { id: groupIds } })
  return data.flatMap((g: any) => (g.products ?? []).filter(Boolean).map((p: any) => p.id as string))
}
