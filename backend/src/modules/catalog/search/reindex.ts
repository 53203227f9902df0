import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from ".."
import type CatalogModuleService from "../service"
import { toSearchDocument } from "./definition"
import { catalogSearchIndex, resetSearchAvailability } from "./provider"
import { SEGMENTER_ICU } from "./segment"

/** Rows written this long before the reindex started are caught up after the swap too (clock and commit slack). */
const CATCH_UP_MARGIN_S = 60

/**
 * Rebuilds the Meilisearch index from catalog_entry without a moment of an empty or half-built
 * index: a fresh index `<uid>__reindex` gets the settings and every row, then it is swapped with
 * the live one and the old contents deleted, which removes orphans (documents of products that
 * left the catalog while sync was failing). Rows written while it ran are upserted again after
 * the swap, and ids the catalog no longer has are removed.
 */
export async function reindexCatalogSearch(container: MedusaContainer, { batchSize = 1000 }: { batchSize?: number } = {}) {
  const index = catalogSearchIndex()
  if (!index) throw new Error("MEILISEARCH_HOST is not set: the catalog is searched in PostgreSQL and there is no search index to rebuild")
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
  const t0 = Date.now()
  const live = index.indexUid
  const next = `${live}__reindex`
  const [{ started, total }] = await catalog.read<{ started: Date; total: number }>(
    `select now() - interval '${CATCH_UP_MARGIN_S} seconds' as started, (select count(*)::int from catalog_entry where deleted_at is null) as total`,
    []
  )
  logger.info(`[search] rebuilding Meilisearch index "${live}" at ${index.connection.host}: ${total} products (Thai segmentation: ICU ${SEGMENTER_ICU})`)

  await index.deleteIndexIfExists(next) // left over by an interrupted run
  await index.ensureIndex(next)
  await index.applySettings(next)
  let done = 0
  let after = ""
  for (;;) {
    const rows = await catalog.read<any>(
      `select * from catalog_entry where deleted_at is null and product_id > ? order by product_id limit ?`,
      [after, batchSize]
    )
    if (!rows.length) break
    await index.write({ upsert: rows.map(toSearchDocument) }, next)
    done += rows.length
    after = rows[rows.length - 1].product_id
    logger.info(`[search] indexed ${done}/${total} (${total ? Math.round((done * 100) / total) : 100}%)`)
  }

  await index.ensureIndex(live) // a first reindex has nothing to swap with
  await index.swap(live, next)
  await index.deleteIndexIfExists(next) // now the previous contents

  // Writes that raced the rebuild: rows changed since it started, and documents whose row is gone.
  const changed = await catalog.read<any>(`select * from catalog_entry where deleted_at is null and updated_at >= ?`, [started])
  if (changed.length) await index.write({ upsert: changed.map(toSearchDocument) })
  const present = new Set((await catalog.read<{ product_id: string }>(`select product_id from catalog_entry where deleted_at is null`, [])).map((r) => r.product_id))
  const orphans: string[] = []
  for await (const ids of index.allIds()) orphans.push(...ids.filter((id) => !present.has(id)))
  if (orphans.length) await index.write({ remove: orphans })

  resetSearchAvailability()
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)
  logger.info(`[search] index "${live}" rebuilt: ${done} documents, ${changed.length} caught up, ${orphans.length} orphans removed, in ${seconds} s`)
  return { indexed: done, caughtUp: changed.length, orphansRemoved: orphans.length }
}
