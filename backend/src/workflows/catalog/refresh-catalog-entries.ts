import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildCatalogRowsStep } from "./steps/build-catalog-rows"
import { replaceCatalogRowsStep } from "./steps/replace-catalog-rows"

export const refreshCatalogEntriesWorkflowId = "refresh-catalog-entries"

export type RefreshCatalogEntriesInput = {
  product_ids: string[]
  /** The moment certifications are judged unexpired at (defaults to now). */
  now?: string
}

/**
 * Rebuilds the catalog rows of the given products from their sources, in a bounded number of
 * queries per call (batch the ids, never one call per product); products that are no longer
 * sellable (deleted, unpublished, group not approved) leave the catalog.
 */
export const refreshCatalogEntriesWorkflow = createWorkflow(refreshCatalogEntriesWorkflowId, (input: RefreshCatalogEntriesInput) => {
  const built = buildCatalogRowsStep(input)
  const result = replaceCatalogRowsStep(built)
  return new WorkflowResponse(result)
})
