import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { type CatalogSearchDocument, toSearchDocument } from "../../../modules/catalog/search/definition"
import { catalogSearchIndex, describeError } from "../../../modules/catalog/search/provider"

export type SyncCatalogSearchInput = { product_ids: string[]; skip?: boolean }
type Undo = { index_uid: string; product_ids: string[]; previous: CatalogSearchDocument[] }

/**
 * Makes the Meilisearch documents of these products match their catalog rows as just written
 * (upsert the rows there are, delete the others), waiting for Meilisearch's tasks. Runs only when
 * Meilisearch is configured. A search server that is down or refuses the write does not undo the
 * catalog refresh (PostgreSQL stays right and answers when Meilisearch cannot): the failure is
 * logged with the products concerned, and src/scripts/reindex-search.ts brings the index back.
 * Undo (a later step failing) puts back the documents the index had before.
 */
export const syncCatalogSearchStep = createStep(
  "sync-catalog-search",
  async ({ product_ids, skip }: SyncCatalogSearchInput, { container }) => {
    const index = catalogSearchIndex()
    const ids = [...new Set(product_ids)]
    if (!index || skip || !ids.length) return new StepResponse({ synced: 0, removed: 0, failed: false }, null as Undo | null)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
    let previous: CatalogSearchDocument[] | null = null
    try {
      // The read model is the source of the index: read the rows back rather than trusting an
      // earlier step's output, so a concurrent refresh of the same product cannot be overtaken.
      const rows = await catalog.listRows(ids)
      previous = await index.fetchDocuments(ids)
      const present = new Set(rows.map((r) => r.product_id))
      const remove = ids.filter((id) => !present.has(id))
      await index.write({ upsert: rows.map(toSearchDocument), remove })
      return new StepResponse({ synced: rows.length, removed: remove.length, failed: false }, { index_uid: index.indexUid, product_ids: ids, previous })
    } catch (e: any) {
      const some = ids.slice(0, 5).join(", ") + (ids.length > 5 ? `, … (${ids.length})` : "")
      logger.error(
        `[catalog] Meilisearch index "${index.indexUid}" not updated for ${some}: ${describeError(e)}. The catalog itself is up to date; run "npx medusa exec ./src/scripts/reindex-search.ts" once Meilisearch is back.`
      )
      // Whatever part was written before the failure is undone with the rest if a later step fails.
      return new StepResponse({ synced: 0, removed: 0, failed: true }, previous ? { index_uid: index.indexUid, product_ids: ids, previous } : null)
    }
  },
  async (undo, { container }) => {
    const index = catalogSearchIndex()
    if (!undo || !index) return
    const had = new Set(undo.previous.map((d) => d.id))
    try {
      await index.write({ upsert: undo.previous, remove: undo.product_ids.filter((id) => !had.has(id)) }, undo.index_uid)
    } catch (e: any) {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`[catalog] could not restore Meilisearch documents of ${undo.product_ids.length} product(s): ${describeError(e)}`)
    }
  }
)
