import type { ExecArgs } from "@medusajs/framework/types"
import { reindexCatalogSearch } from "../modules/catalog/search/reindex"

/**
 * Rebuilds the catalog's Meilisearch index from the catalog read model (settings, every document,
 * orphans removed through an index swap), printing its progress. Needs MEILISEARCH_HOST.
 *   cd backend && npx medusa exec ./src/scripts/reindex-search.ts
 * Run it after a Meilisearch outage, a Node (ICU) upgrade, or a change of the index definition
 * (src/modules/catalog/search/definition.ts).
 */
export default async function reindexSearchScript({ container }: ExecArgs) {
  await reindexCatalogSearch(container)
}
