import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { buildCatalogRowsStep } from "./steps/build-catalog-rows"
import { replaceCatalogRowsStep } from "./steps/replace-catalog-rows"
import { syncCatalogSearchStep } from "./steps/sync-catalog-search"

export const refreshCatalogEntriesWorkflowId = "refresh-catalog-entries"

/**
 * Emitted once the rows are written (workflow events are released when the run succeeds), so a
 * listener reads the new rows: the storefront's cache revalidation (subscribers/storefront-revalidate.ts).
 */
export const CATALOG_ENTRIES_REFRESHED_EVENT = "catalog.entries-refreshed"

export type CatalogEntriesRefreshedData = {
  /** Every product of the run, including those that left the catalog. */
  product_ids: string[]
  /** Handles of the products and groups that have a row now. */
  handles: string[]
  group_handles: string[]
}

export type RefreshCatalogEntriesInput = {
  product_ids: string[]
  /** The moment certifications are judged unexpired at (defaults to now). */
  now?: string
  /** Leave the Meilisearch index alone (the full rebuild reindexes once at the end instead). */
  skip_search_sync?: boolean
}

/**
 * Rebuilds the catalog rows of the given products from their sources, in a bounded number of
 * queries per call (batch the ids, never one call per product); products that are no longer
 * sellable (deleted, unpublished, group not approved) leave the catalog. When Meilisearch is
 * configured, the same products' search documents follow.
 */
export const refreshCatalogEntriesWorkflow = createWorkflow(refreshCatalogEntriesWorkflowId, (input: RefreshCatalogEntriesInput) => {
  const built = buildCatalogRowsStep(input)
  const result = replaceCatalogRowsStep(built)
  const search = transform({ built, input }, ({ built, input }) => ({ product_ids: built.product_ids, skip: input.skip_search_sync === true }))
  syncCatalogSearchStep(search)
  emitEventStep({
    eventName: CATALOG_ENTRIES_REFRESHED_EVENT,
    data: transform({ built }, ({ built }): CatalogEntriesRefreshedData => ({
      product_ids: built.product_ids,
      handles: built.rows.map((r) => r.handle),
      group_handles: [...new Set(built.rows.map((r) => r.group_handle))],
    })),
  })
  return new WorkflowResponse(result)
})
