import http from "node:http"
import type { AddressInfo } from "node:net"
import { CatalogQuery } from "../../../../api/store/catalog/query"
import { type FakeMeilisearch, startFakeMeilisearch } from "../../../../../integration-tests/helpers/fake-meilisearch"
import type { CatalogRow } from "../../types"
import { indexSettings, toSearchDocument } from "../definition"
import { MeilisearchCatalogIndex, MeilisearchTaskFailed, settingsDiffer } from "../meilisearch"
import { catalogSearchIndex, meilisearchConnection, resetSearchAvailability, searchWithMeilisearch } from "../provider"

// The real `meilisearch` client against a loopback server that answers like Meilisearch and
// records what it was sent: these tests pin the requests (settings, documents, searches, task
// polling), not relevance (see integration-tests/http/catalog-meilisearch-contract.spec.ts).

const KEY = "test-master-key"
const row = (id: string, over: Partial<CatalogRow> = {}): CatalogRow => ({
  product_id: id, handle: id.replace(/_/g, "-"), title_th: "ผ้าไหมมัดหมี่ลายขอ", title_en: "Mudmee silk", thumbnail: null, category: "textile-apparel",
  group_id: "pgrp_1", group_handle: "group-one", group_name_th: "กลุ่มทอผ้า", group_name_en: null, province_code: "50", region: "north",
  closed_from: null, closed_until: null, price_min: 120000, in_stock: true, stars: 5, round_be: 2567, cert_schemes: ["gi"], gi: true,
  certifications: [], fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL", fabric: null, soft_power: [], rating_sum: 0, rating_count: 0,
  rating_score: 0, search: "", product_created_at: "2025-01-01T00:00:00.000Z", ...over,
})

describe("Meilisearch catalog index (real client, fake server)", () => {
  let fake: FakeMeilisearch
  let index: MeilisearchCatalogIndex

  beforeEach(async () => {
    fake = await startFakeMeilisearch({ apiKey: KEY })
    index = new MeilisearchCatalogIndex({ host: fake.url, apiKey: KEY, indexUid: "otop_catalog" })
  })
  afterEach(async () => fake.close())

  it("creates the index with its primary key and sends the settings of the definition, waiting for each task", async () => {
    await index.ensureIndex()
    await index.applySettings()
    const [create] = fake.requestsTo("POST", "/indexes")
    expect(create.body).toEqual({ uid: "otop_catalog", primaryKey: "id" })
    expect(create.authorization).toBe(`Bearer ${KEY}`)
    const [settings] = fake.requestsTo("PATCH", "/indexes/otop_catalog/settings")
    expect(settings.body).toEqual(indexSettings())
    expect(settings.body.localizedAttributes[0]).toEqual({ attributePatterns: expect.arrayContaining(["title_th_seg", "group_name_th_seg"]), locales: ["tha"] })
    // Each task was polled until done (the fake answers "processing" first).
    expect(fake.requestsTo("GET", /^\/tasks\/\d+$/).length).toBeGreaterThanOrEqual(4)
    await index.ensureIndex() // exists now: no second creation
    expect(fake.requestsTo("POST", "/indexes")).toHaveLength(1)
  })

  it("upserts whole documents and deletes by id, and a failed task is an error naming the task's reason", async () => {
    await index.ensureIndex()
    await index.applySettings()
    await index.write({ upsert: [toSearchDocument(row("prod_a")), toSearchDocument(row("prod_b"))] })
    const [add] = fake.requestsTo("POST", "/indexes/otop_catalog/documents")
    expect(add.query).toEqual({ primaryKey: "id" })
    expect(add.body.map((d: any) => [d.id, d.title_th_seg])).toEqual([["prod_a", "ผ้า ไหม มัด หมี่ ลาย ขอ"], ["prod_b", "ผ้า ไหม มัด หมี่ ลาย ขอ"]])
    await index.write({ remove: ["prod_a"] })
    expect(fake.requestsTo("POST", "/indexes/otop_catalog/documents/delete-batch")[0].body).toEqual(["prod_a"])
    expect([...fake.indexes.get("otop_catalog")!.docs.keys()]).toEqual(["prod_b"])
    expect((await index.fetchDocuments(["prod_a", "prod_b"])).map((d) => d.id)).toEqual(["prod_b"])
    expect(fake.requestsTo("POST", "/indexes/otop_catalog/documents/fetch")[0].body).toEqual({ filter: 'id IN ["prod_a", "prod_b"]', limit: 2 })

    fake.failNextTask("documentAdditionOrUpdate", { code: "invalid_document_fields", message: "The document is too big" })
    const failed = await index.write({ upsert: [toSearchDocument(row("prod_c"))] }).catch((e) => e)
    expect(failed).toBeInstanceOf(MeilisearchTaskFailed)
    expect(failed.message).toMatch(/^Meilisearch task \d+ \(documentAdditionOrUpdate\) failed: invalid_document_fields The document is too big$/)
  })

  it("answers a catalog request with one multi-search and reads back ids, exact count and facets", async () => {
    await index.ensureIndex()
    await index.applySettings()
    await index.write({
      upsert: [
        row("prod_a", { product_created_at: "2025-01-03T00:00:00Z" }),
        row("prod_b", { title_th: "ผ้าไหมแพรวา", techniques: ["PRAEWA"], product_created_at: "2025-01-02T00:00:00Z" }),
        row("prod_c", { title_th: "ผ้าฝ้ายย้อมคราม", fiber: "COTTON", dye: "INDIGO", stars: 4, product_created_at: "2025-01-01T00:00:00Z" }),
        row("prod_d", { title_th: "ผ้าไหมมัดหมี่", gi: false, cert_schemes: [], province_code: "32", region: "northeast" }),
        // Closed since yesterday: out of every count.
        row("prod_e", { closed_from: new Date(Date.now() - 86_400_000).toISOString() }),
      ].map(toSearchDocument),
    })
    const f = CatalogQuery.parse({ q: "ผ้าไหม", gi: "true", fiber: "SILK", sort: "newest", limit: "1", offset: "1" })
    const result = await index.search(f)
    const [multi] = fake.requestsTo("POST", "/multi-search")
    expect(multi.body.queries).toHaveLength(2) // the page and the fiber facet without its own filter
    expect(multi.body.queries[0]).toMatchObject({
      indexUid: "otop_catalog", q: "ผ้า ไหม", matchingStrategy: "all", locales: ["tha"], sort: ["product_created_at:desc"],
      hitsPerPage: 1, page: 2, attributesToRetrieve: ["id"],
    })
    expect(multi.body.queries[0].filter).toMatch(/^\(hidden_from > \d+ OR hidden_until <= \d+\) AND \(gi = true\) AND \(fiber IN \["SILK"\]\)$/)
    expect(multi.body.queries[1]).toMatchObject({ facets: ["fiber"], limit: 0 })
    expect(result.ids).toEqual(["prod_b"]) // newest first: a, b; offset 1
    expect(result.count).toBe(2)
    expect(result.facets.fiber).toEqual([{ value: "SILK", count: 2 }]) // ผ้าฝ้าย has no ไหม
    expect(result.facets.technique).toEqual([{ value: "MUDMEE", count: 1 }, { value: "PRAEWA", count: 1 }])
    expect(result.facets.province).toEqual([{ value: "50", count: 2 }])
  })

  it("the first write of a process creates the index and brings its settings to the definition, once", async () => {
    await index.write({ upsert: [toSearchDocument(row("prod_a"))] })
    await index.write({ upsert: [toSearchDocument(row("prod_b"))] })
    expect(fake.requests.filter((r) => !r.path.startsWith("/tasks/")).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /indexes/otop_catalog", // missing
      "POST /indexes",
      "GET /indexes/otop_catalog/settings",
      "PATCH /indexes/otop_catalog/settings",
      "POST /indexes/otop_catalog/documents",
      "POST /indexes/otop_catalog/documents",
    ])
    // Another process (a restart) finds the settings as they should be and leaves them alone, even
    // when the server lists attribute sets in its own order.
    const settings = fake.indexes.get("otop_catalog")!.settings
    settings.filterableAttributes = [...settings.filterableAttributes].sort()
    const again = new MeilisearchCatalogIndex({ host: fake.url, apiKey: KEY, indexUid: "otop_catalog" })
    await again.write({ remove: ["prod_a"] })
    expect(fake.requestsTo("PATCH", "/indexes/otop_catalog/settings")).toHaveLength(1)
    expect(settingsDiffer({ ...settings, faceting: { ...settings.faceting, extra: 1 } }, indexSettings())).toBe(false)
    expect(settingsDiffer({ ...settings, searchableAttributes: ["handle", "title_th_seg"] }, indexSettings())).toBe(true)
  })

  it("a query with no word is answered without asking the server", async () => {
    const result = await index.search(CatalogQuery.parse({ q: "!!!" }))
    expect(result).toMatchObject({ ids: [], count: 0 })
    expect(fake.requests).toHaveLength(0)
  })

  it("swaps indexes without the `rename` field older servers refuse, and lists every id", async () => {
    await index.ensureIndex("a")
    await index.ensureIndex("b")
    await index.write({ upsert: [toSearchDocument(row("prod_a"))] }, "b")
    await index.swap("a", "b")
    expect(fake.requestsTo("POST", "/swap-indexes")[0].body).toEqual([{ indexes: ["a", "b"] }])
    const ids: string[] = []
    for await (const page of index.allIds("a", 1)) ids.push(...page)
    expect(ids).toEqual(["prod_a"])
    await index.deleteIndexIfExists("b")
    await index.deleteIndexIfExists("b") // already gone: fine
    expect(fake.indexes.has("b")).toBe(false)
  })
})

describe("catalog search provider", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    resetSearchAvailability()
  })

  it("is off without MEILISEARCH_HOST (the embedded PostgreSQL default) and follows the environment", async () => {
    delete process.env.MEILISEARCH_HOST
    expect(meilisearchConnection()).toBeNull()
    expect(catalogSearchIndex()).toBeNull()
    expect(await searchWithMeilisearch(CatalogQuery.parse({}), { warn: jest.fn() })).toBeNull()
    process.env.MEILISEARCH_HOST = "http://search.internal:7700"
    process.env.MEILISEARCH_API_KEY = "k"
    expect(meilisearchConnection()).toEqual({ host: "http://search.internal:7700", apiKey: "k", indexUid: "otop_catalog" })
    process.env.MEILISEARCH_INDEX = "otop_catalog_staging"
    expect(catalogSearchIndex()!.indexUid).toBe("otop_catalog_staging")
  })

  it("an unreachable or hanging server yields null (answer from PostgreSQL), a warning, and a pause before the next try", async () => {
    // A port nobody listens on.
    const closed = http.createServer()
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((r) => closed.close(() => r()))
    process.env.MEILISEARCH_HOST = `http://127.0.0.1:${port}`
    const logger = { warn: jest.fn() }
    expect(await searchWithMeilisearch(CatalogQuery.parse({}), logger)).toBeNull()
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[catalog\] Meilisearch at http:\/\/127\.0\.0\.1:\d+ failed .*answering from PostgreSQL/))

    // Now a server that accepts and never answers: skipped during the pause, then timed out.
    const silent = http.createServer(() => {})
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r))
    process.env.MEILISEARCH_HOST = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    let asked = 0
    silent.on("request", () => asked++)
    expect(await searchWithMeilisearch(CatalogQuery.parse({}), logger)).toBeNull()
    expect(asked).toBe(0) // still pausing after the first failure
    resetSearchAvailability()
    const t0 = Date.now()
    expect(await searchWithMeilisearch(CatalogQuery.parse({}), logger)).toBeNull()
    expect(asked).toBe(1)
    expect(Date.now() - t0).toBeLessThan(5_000) // the search timeout, not the socket's
    expect(logger.warn).toHaveBeenLastCalledWith(expect.stringMatching(/timed out/))
    silent.closeAllConnections()
    await new Promise<void>((r) => silent.close(() => r()))
  })

  it("a server that refuses the key is a failure too (PostgreSQL answers)", async () => {
    const fake = await startFakeMeilisearch({ apiKey: "right" })
    try {
      process.env.MEILISEARCH_HOST = fake.url
      process.env.MEILISEARCH_API_KEY = "wrong"
      const logger = { warn: jest.fn() }
      expect(await searchWithMeilisearch(CatalogQuery.parse({}), logger)).toBeNull()
      expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/The provided API key is invalid/))
    } finally {
      await fake.close()
    }
  })
})
