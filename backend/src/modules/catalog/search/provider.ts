import type CatalogModuleService from "../service"
import type { CatalogFilters } from "../../../api/store/catalog/query"
import { DEFAULT_INDEX_UID } from "./definition"
import { MeilisearchCatalogIndex, type MeilisearchConnection } from "./meilisearch"

/**
 * The catalog's search seam. With MEILISEARCH_HOST set, GET /store/catalog asks Meilisearch for
 * the page's product ids, the count and the facet counts, and the refresh workflow keeps the index
 * in step with catalog_entry. Without it (the embedded default) everything stays on PostgreSQL.
 * A configured but unreachable Meilisearch never takes the store down: the request is answered
 * from PostgreSQL and a warning logged.
 */

type Logger = { warn: (msg: string) => void }

/** The configured connection, read at call time (so that a test or a restart with new env takes effect). */
export function meilisearchConnection(env: NodeJS.ProcessEnv = process.env): MeilisearchConnection | null {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return null
  return {
    host,
    apiKey: env.MEILISEARCH_API_KEY?.trim() || undefined,
    // One Meilisearch may serve several deployments (staging, production) or test runs.
    indexUid: env.MEILISEARCH_INDEX?.trim() || DEFAULT_INDEX_UID,
  }
}

let current: { key: string; index: MeilisearchCatalogIndex } | null = null

/** The catalog's Meilisearch index, or null when none is configured (PostgreSQL only). */
export function catalogSearchIndex(): MeilisearchCatalogIndex | null {
  const connection = meilisearchConnection()
  if (!connection) return null
  const key = JSON.stringify(connection)
  if (current?.key !== key) current = { key, index: new MeilisearchCatalogIndex(connection) }
  return current.index
}

/** After a failed search, PostgreSQL answers for this long before Meilisearch is tried again. */
export const SEARCH_RETRY_AFTER_MS = 10_000
let unavailableUntil = 0

/**
 * The page ids, count and facets from Meilisearch, or null to answer from PostgreSQL: none is
 * configured, or it failed (unreachable, timed out, refused the request) — then it is left alone
 * for a few seconds so that every request does not wait for the same timeout.
 */
export async function searchWithMeilisearch(filters: CatalogFilters, logger: Logger) {
  const index = catalogSearchIndex()
  if (!index || Date.now() < unavailableUntil) return null
  try {
    const result = await index.search(filters)
    unavailableUntil = 0
    return result
  } catch (e: any) {
    unavailableUntil = Date.now() + SEARCH_RETRY_AFTER_MS
    const reason = describeError(e)
    logger.warn(`[catalog] Meilisearch at ${index.connection.host} failed (${reason}); answering from PostgreSQL for the next ${SEARCH_RETRY_AFTER_MS / 1000} s`)
    return null
  }
}

/** An error with its causes ("Request to … has failed: fetch failed: connect ECONNREFUSED …"). */
export function describeError(e: any): string {
  const parts: string[] = []
  for (let c = e, depth = 0; c && depth < 4; c = c.cause, depth++) {
    const text = typeof c === "object" ? c.message ?? c.code : String(c)
    if (text && !parts.includes(text)) parts.push(String(text))
  }
  return parts.join(": ") || String(e)
}

/** Forget a failure (tests; a reindex that has just talked to the server). */
export function resetSearchAvailability() {
  unavailableUntil = 0
}

/**
 * The catalog rows of a page, in the order Meilisearch ranked them, in one statement. An id the
 * read model no longer has (the index lags a removal by a moment) is left out.
 */
export async function hydrateRows(catalog: CatalogModuleService, ids: string[]): Promise<any[]> {
  if (!ids.length) return []
  // Every column: toProduct (query.ts) picks what the response shows.
  const rows = await catalog.read<any>(`select * from catalog_entry where deleted_at is null and product_id in (${ids.map(() => "?").join(", ")})`, ids)
  const byId = new Map(rows.map((r) => [r.product_id, r]))
  return ids.map((id) => byId.get(id)).filter(Boolean)
}
