import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildCatalogRowsStep } from "./steps/build-catalog-rows"
import { replaceCatalogRowsStep } from "./steps/replace-catalog-rows"
import { syncCatalogSearchStep } from "./steps/sync-catalog-search"

export const refreshCatalogEntriesWorkflowId = "refresh-catalog-entries"

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
  return new WorkflowResponse(result)
})
