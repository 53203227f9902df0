import type * as Meili from "meilisearch" with { "resolution-mode": "import" }
import type { CatalogFilters } from "../../../api/store/catalog/query"
import { type CatalogSearchDocument, emptyResult, indexSettings, quote, readResults, searchQueries } from "./definition"

// meilisearch 0.56 ships CommonJS and ESM builds behind one ESM type declaration: TypeScript
// (module Node16) refuses a value import of it from our CommonJS files, so it is required
// (the package's "require" export) and typed from the declaration.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MeiliSearch } = require("meilisearch") as typeof Meili
type MeiliSearch = Meili.MeiliSearch
type EnqueuedTaskPromise = Meili.EnqueuedTaskPromise
type Task = Meili.Task

export type MeilisearchConnection = { host: string; apiKey?: string; indexUid: string }

/** A search must answer fast or not at all: the store falls back to PostgreSQL after this. */
const SEARCH_TIMEOUT_MS = 2_000
/** Writes (documents, settings, swaps) may queue behind other tasks on a busy server. */
const WRITE_TIMEOUT_MS = 30_000
const TASK_TIMEOUT_MS = 120_000

/** A Meilisearch task that ended in failure (the task's own error, e.g. invalid_document_id). */
export class MeilisearchTaskFailed extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ""} ${task.error?.message ?? ""}`.trim())
  }
}

/**
 * The catalog's Meilisearch index through the official client: searching (one multi-search per
 * catalog request), writing documents and settings (always waiting for the task, so failures are
 * seen), and the index swap the full reindex uses.
 */
export class MeilisearchCatalogIndex {
  readonly indexUid: string
  private readonly reader: MeiliSearch
  private readonly writer: MeiliSearch

  constructor(readonly connection: MeilisearchConnection) {
    this.indexUid = connection.indexUid
    const base = { host: connection.host, ...(connection.apiKey ? { apiKey: connection.apiKey } : {}) }
    this.reader = new MeiliSearch({ ...base, timeout: SEARCH_TIMEOUT_MS })
    this.writer = new MeiliSearch({ ...base, timeout: WRITE_TIMEOUT_MS, defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: 50 } })
  }

  /** One catalog request: the page's product ids in order, the exact count and the facet counts. */
  async search(filters: CatalogFilters, nowMs = Date.now()) {
    const queries = searchQueries(filters, this.indexUid, nowMs)
    if (!queries) return emptyResult()
    const { results } = (await this.reader.multiSearch({ queries: queries as any })) as { results: any[] }
    return readResults(filters, queries, results)
  }

  /** Waits for the task and throws if it failed. */
  private async settle(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask()
    if (task.status !== "succeeded") throw new MeilisearchTaskFailed(task)
    return task
  }

  /** The current documents of these products (those the index has). */
  async fetchDocuments(ids: string[], indexUid = this.indexUid): Promise<CatalogSearchDocument[]> {
    if (!ids.length) return []
    // The read filters on `id`: a concurrent first write may have created the index without its
    // settings yet (filtering would be refused), so wait for the same preparation as a write.
    if (indexUid === this.indexUid) await this.prepare()
    try {
      const { results } = await this.writer.index(indexUid).getDocuments<CatalogSearchDocument>({
        filter: `id IN [${ids.map(quote).join(", ")}]`,
        limit: ids.length,
      })
      return results
    } catch (e: any) {
      if (e?.cause?.code === "index_not_found") return [] // nothing indexed yet: the first write creates it
      throw e
    }
  }

  private prepared: Promise<void> | null = null

  /**
   * Once per process, before the first write to the live index: create it if missing and bring
   * its settings to the definition's (a new deployment may have changed them), so documents never
   * land in an index that cannot filter or sort them. A failure is retried on the next write.
   */
  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      await this.ensureIndex()
      const current = (await this.writer.index(this.indexUid).getSettings()) as Record<string, unknown>
      if (settingsDiffer(current, indexSettings())) await this.applySettings()
    })().catch((e) => {
      this.prepared = null
      throw e
    })
    return this.prepared
  }

  /** Replaces the documents of `upsert` and removes the `remove` ids, waiting for both tasks. */
  async write({ upsert = [], remove = [] }: { upsert?: CatalogSearchDocument[]; remove?: string[] }, indexUid = this.indexUid) {
    if (indexUid === this.indexUid) await this.prepare()
    const index = this.writer.index<CatalogSearchDocument>(indexUid)
    if (upsert.length) await this.settle(index.addDocuments(upsert, { primaryKey: "id" }))
    if (remove.length) await this.settle(index.deleteDocuments(remove))
  }

  /** Creates the index when missing (documents alone would create it, but without our primary key). */
  async ensureIndex(indexUid = this.indexUid) {
    const exists = await this.writer.getIndex(indexUid).then(
      () => true,
      (e: any) => {
        if (e?.cause?.code === "index_not_found") return false
        throw e
      }
    )
    if (!exists) await this.settle(this.writer.createIndex(indexUid, { primaryKey: "id" }))
  }

  /** Applies the settings of the definition (searchable, filterable, sortable, facets, Thai locale). */
  async applySettings(indexUid = this.indexUid) {
    await this.settle(this.writer.index(indexUid).updateSettings(indexSettings() as any))
  }

  async deleteIndexIfExists(indexUid: string) {
    const task = await this.writer.deleteIndex(indexUid).waitTask()
    if (task.status !== "succeeded" && task.error?.code !== "index_not_found") throw new MeilisearchTaskFailed(task)
  }

  /** Atomically exchanges the two indexes' contents (names stay). */
  async swap(a: string, b: string) {
    // Without `rename` (Meilisearch ≥ 1.18 only; older servers refuse unknown fields): a plain swap.
    await this.settle(this.writer.swapIndexes([{ indexes: [a, b] } as Meili.IndexSwap]))
  }

  /** Every document id of an index, a page at a time (for the orphan sweep after a reindex). */
  async *allIds(indexUid = this.indexUid, pageSize = 10_000): AsyncGenerator<string[]> {
    for (let offset = 0; ; offset += pageSize) {
      const { results } = await this.writer.index(indexUid).getDocuments<{ id: string }>({ fields: ["id"], limit: pageSize, offset })
      if (results.length) yield results.map((d) => String(d.id))
      if (results.length < pageSize) return
    }
  }

  async health() {
    return await this.reader.health()
  }
}

/** Whether the index's settings differ from the wanted ones (attribute sets compared as sets: Meilisearch returns them sorted). */
export function settingsDiffer(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  const asSet = new Set(["filterableAttributes", "sortableAttributes"])
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as any)[k])])) : v
  return Object.entries(wanted).some(([key, value]) => {
    const have = current[key]
    if (asSet.has(key) && Array.isArray(have) && Array.isArray(value)) return JSON.stringify([...have].sort()) !== JSON.stringify([...value].sort())
    // Only the parts we set: the server fills in defaults for the rest (e.g. faceting's other keys).
    if (value && typeof value === "object" && !Array.isArray(value) && have && typeof have === "object" && !Array.isArray(have)) {
      return Object.entries(value).some(([k, v]) => JSON.stringify(canonical((have as any)[k])) !== JSON.stringify(canonical(v)))
    }
    return JSON.stringify(canonical(have)) !== JSON.stringify(canonical(value))
  })
}
