import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { catalogSearchIndex } from "../modules/catalog/search/provider"
import { reindexCatalogSearch } from "../modules/catalog/search/reindex"
import { CATALOG_BATCH, refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/**
 * Rebuilds the whole store catalog read model from its sources, a batch of products at a time,
 * and removes rows of products that no longer exist; with Meilisearch configured, then rebuilds
 * the search index from the new rows (once, rather than batch by batch).
 *   cd backend && npx medusa exec ./src/scripts/rebuild-catalog.ts
 */
export async function rebuildCatalog(container: ExecArgs["container"]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const t0 = Date.now()
  const search = catalogSearchIndex()
  // Every product (any status: unpublished ones must lose their row) plus rows whose product is gone.
  const { rows } = await pg.raw(
    `select id from product where deleted_at is null
     union select product_id from catalog_entry where deleted_at is null
     order by 1`
  )
  const ids = rows.map((r: { id: string }) => r.id)
  let written = 0
  let removed = 0
  for (let i = 0; i < ids.length; i += CATALOG_BATCH * 4) {
    const done = await refreshCatalogProducts(container, ids.slice(i, i + CATALOG_BATCH * 4), undefined, { skipSearchSync: !!search })
    written += done.written
    removed += done.removed
  }
  // Counters are kept write by write; recounting them here makes a rebuild also a repair.
  const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
  await catalog.rebuildFacetSummary()
  logger.info(`[catalog] rebuilt: ${written} products in the catalog, ${removed} left out, in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  if (search) {
    // The catalog is rebuilt whatever happens to the search server; a failed reindex is reported
    // and can be run again on its own (src/scripts/reindex-search.ts).
    await reindexCatalogSearch(container).catch((e: any) =>
      logger.error(`[search] the Meilisearch index was not rebuilt: ${e?.message ?? e}. Run "npx medusa exec ./src/scripts/reindex-search.ts" once it is reachable.`)
    )
  }
  return { written, removed }
}

export default async function rebuildCatalogScript({ container }: ExecArgs) {
  await rebuildCatalog(container)
}
