import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { runSeed } from "../../src/seed"
import { CATALOG_MODULE } from "../../src/modules/catalog"
import { DEFAULT_INDEX_UID, indexSettings } from "../../src/modules/catalog/search/definition"
import { resetSearchAvailability } from "../../src/modules/catalog/search/provider"
import { reindexCatalogSearch } from "../../src/modules/catalog/search/reindex"
import { syncCatalogSearchStep } from "../../src/workflows/catalog/steps/sync-catalog-search"
import { type FakeMeilisearch, startFakeMeilisearch } from "../helpers/fake-meilisearch"
import { bearer, createGroup, eventually, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)
process.env.CATALOG_FACET_CACHE_MS = "0" // the PostgreSQL answers compared below are computed per request

/**
 * GET /store/catalog and the catalog refresh with MEILISEARCH_HOST pointing at a loopback server
 * that answers like Meilisearch (no Meilisearch can be installed here): the real app, the real
 * `meilisearch` client and PostgreSQL; only the search server is a stand-in. What it proves is the
 * wiring and the translation (sync, settings, filters, facets, sort, paging, hydration, fallback),
 * not Thai relevance — that needs a real server (catalog-meilisearch-contract.spec.ts).
 */

const KEY = "http-test-master-key"
const INDEX = "otop_catalog_http_test"
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

// The search server must answer before the app boots (the env is read when a request comes):
// a top-level hook runs before the runner's.
let fake: FakeMeilisearch
beforeAll(async () => {
  fake = await startFakeMeilisearch({ apiKey: KEY })
  Object.assign(process.env, { MEILISEARCH_HOST: fake.url, MEILISEARCH_API_KEY: KEY, MEILISEARCH_INDEX: INDEX })
})
afterAll(async () => fake?.close())

/** SQL statements sent by anyone in this process (the app runs in it) that read the catalog table. */
function countCatalogStatements() {
  const copies = new Set<any>([require("pg")])
  try {
    copies.add(require(require.resolve("pg", { paths: [path.dirname(require.resolve("@mikro-orm/postgresql/package.json"))] })))
  } catch {}
  let n = 0
  const undo = [...copies].map((pg) => {
    const proto = pg.Client.prototype
    const original = proto.query
    proto.query = function (this: unknown, ...args: any[]) {
      if (/\bcatalog_entry\b/.test(String(typeof args[0] === "string" ? args[0] : args[0]?.text ?? ""))) n++
      return original.apply(this, args)
    }
    return () => (proto.query = original)
  })
  return { get n() { return n }, restore: () => undo.forEach((u) => u()) }
}

// Steps of a test-only workflow: a later step fails after the search sync, which must be undone.
const failAfterSyncStep = createStep("test-fail-after-search-sync", async () => {
  throw new Error("a later step failed")
})
const syncThenFailWorkflow = createWorkflow("test-search-sync-then-fail", (input: { product_ids: string[] }) => {
  syncCatalogSearchStep(input)
  failAfterSyncStep()
  return new WorkflowResponse(undefined)
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const store = () => ({ headers: { "x-publishable-api-key": world.store.publishableKey } })
    const catalog = async (qs: string) => (await api.get(`/store/catalog?${qs}`, store())).data
    /** The same request answered by PostgreSQL alone (no MEILISEARCH_HOST: the embedded default). */
    const fromPostgres = async (qs: string) => {
      const host = process.env.MEILISEARCH_HOST
      process.env.MEILISEARCH_HOST = ""
      try {
        return await catalog(qs)
      } finally {
        process.env.MEILISEARCH_HOST = host
      }
    }
    const docs = () => fake.indexes.get(INDEX)?.docs ?? new Map()
    const searches = () => fake.requestsTo("POST", "/multi-search").length
    const logger = () => getContainer().resolve(ContainerRegistrationKeys.LOGGER)

    async function uploadDocument(token: string) {
      const form = new FormData()
      form.append("files", new Blob([PDF], { type: "application/pdf" }), "certificate.pdf")
      form.append("purpose", "document")
      return (await api.post("/producer/uploads", form, bearer(token))).data.uploads[0].id as string
    }

    async function product(
      owner: { token: string; document: string },
      p: { handle: string; title: string; en?: string; category?: string; price?: string; stars?: number; fabric?: any; soft_power?: string[]; gi?: string }
    ) {
      const { data } = await api.post(
        "/producer/products",
        {
          handle: p.handle, title: { th: p.title, ...(p.en ? { en: p.en } : {}) }, category: p.category ?? "textile-apparel",
          status: "published", weight_g: 300, variants: [{ price: p.price ?? "1200.00", stock: 5 }],
        },
        bearer(owner.token)
      )
      const id = data.product.id
      if (p.stars) await api.post(`/staff/products/${id}/grades`, { round_be: 2567, stars: p.stars }, bearer(world.staff))
      if (p.fabric || p.soft_power) {
        await api.post(`/producer/products/${id}/attributes`, { ...(p.fabric ? { fabric: p.fabric } : {}), soft_power: p.soft_power ?? [] }, bearer(owner.token))
      }
      if (p.gi) {
        const { data: sub } = await api.post(
          `/producer/products/${id}/certifications`,
          { scheme: "gi", number: `สช ${p.gi}`, document_id: owner.document, details: { gi_name: "ผ้าไหม" } },
          bearer(owner.token)
        )
        await api.post(`/staff/certifications/${sub.certification.id}/verify`, {}, bearer(world.staff))
      }
      return id as string
    }

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      world.staff = await signInStaff(api, container, "search-staff@example.th", { is_national: true })
      const cm = await signUpProducer(api, "search-cm@example.th")
      world.cmGroup = await createGroup(container, cm.producer_id, "500101") // Chiang Mai (50)
      world.cmOwner = { token: cm.token, document: await uploadDocument(cm.token) }
      const surin = await signUpProducer(api, "search-surin@example.th")
      world.surinGroup = await createGroup(container, surin.producer_id, "320101") // Surin (32)
      world.surinOwner = { token: surin.token, document: await uploadDocument(surin.token) }
      world.mudmee = await product(world.cmOwner, {
        handle: "ms-mudmee", title: "ผ้าไหมมัดหมี่ลายขอ", en: "Mudmee silk, hook pattern", stars: 5,
        fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL" }, soft_power: ["FASHION"], gi: "61100104",
      })
      world.indigo = await product(world.cmOwner, { handle: "ms-indigo", title: "ผ้าฝ้ายย้อมคราม", stars: 5, fabric: { fiber: "COTTON", techniques: ["PLAIN"], dye: "INDIGO" }, gi: "61100105" })
      world.chili = await product(world.cmOwner, { handle: "ms-chili", title: "น้ำพริกหนุ่มแม่ถนอม", category: "food", price: "89.50", stars: 3, soft_power: ["FOOD"] })
      world.four = await product(world.surinOwner, { handle: "ms-four", title: "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", stars: 4, fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL" }, gi: "61100107" })
      world.brocade = await product(world.surinOwner, {
        handle: "ms-brocade", title: "ผ้าไหมยกดอกสุรินทร์", en: "Surin silk brocade", stars: 5, fabric: { fiber: "SILK", techniques: ["YOK"], dye: "NATURAL" }, gi: "61100108",
      })
      world.ids = [world.mudmee, world.indigo, world.chili, world.four, world.brocade]
      // Subscribers refresh the read model and then the index: wait for the last facts in both.
      await eventually(async () => {
        expect((await fromPostgres("limit=100")).count).toBe(5)
        expect(docs().get(world.brocade)).toMatchObject({ cert_schemes: ["gi"], fiber: "SILK" })
        expect(docs().get(world.four)).toMatchObject({ stars: 4, dye: "NATURAL", gi: true })
        expect(docs().get(world.chili)).toMatchObject({ stars: 3, soft_power: ["FOOD"] })
      }, 180_000) // generous: the sync follows the read model, and CI runs two spec files at once
      fake.snapshot() // the runner restores PostgreSQL before each test; the index follows
    })

    beforeEach(() => {
      fake.restore()
      resetSearchAvailability()
    })

    it("a product write reaches the index: settings first, then one document per catalog row with Thai pre-segmented", async () => {
      const index = fake.indexes.get(INDEX)!
      expect(index.primaryKey).toBe("id")
      expect(index.settings).toMatchObject(indexSettings())
      expect([...docs().keys()].sort()).toEqual([...world.ids].sort())
      expect(docs().get(world.mudmee)).toMatchObject({
        id: world.mudmee, handle: "ms-mudmee", title_th_seg: "ผ้า ไหม มัด หมี่ ลาย ขอ", title_en: "Mudmee silk, hook pattern",
        province_code: "50", region: "north", group_handle: world.cmGroup.handle, stars: 5, cert_schemes: ["gi"], gi: true,
        fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL", soft_power: ["FASHION"], price_min: 120000, in_stock: true,
      })
      // A later edit follows: the grade changes, the document too.
      await api.post(`/staff/products/${world.chili}/grades`, { round_be: 2568, stars: 4 }, bearer(world.staff))
      await eventually(async () => expect(docs().get(world.chili)).toMatchObject({ stars: 4 }))
      // Every sync waited for its Meilisearch task.
      const writes = fake.requests.filter((r) => r.method === "POST" && r.path === `/indexes/${INDEX}/documents`).length
      expect(fake.requestsTo("GET", /^\/tasks\/\d+$/).length).toBeGreaterThan(writes)
    })

    it("answers /store/catalog from Meilisearch with the same response as PostgreSQL, hydrated in one statement", async () => {
      const before = searches()
      const q = encodeURIComponent("มัดหมี่")
      for (const qs of [
        "limit=100&sort=newest",
        "min_stars=5&gi=true&dye=NATURAL&sort=newest",
        "province=32&technique=MUDMEE,YOK&sort=newest",
        "price_max=100&cert=fda_food,gi&sort=price_asc",
        "category=textile-apparel&fiber=SILK&sort=rating",
        `q=${q}&sort=newest`,
        `q=${encodeURIComponent("ผ้าไหม")}&min_stars=5&sort=newest&locale=en`,
        "q=brocade&sort=newest",
        "sort=price_asc&limit=2&offset=1",
        "sort=newest&limit=2&offset=3",
        `group=${world.surinGroup.handle}&sort=newest`,
        "in_stock=true&soft_power=FASHION,FOOD&sort=newest",
      ]) {
        const searched = await catalog(qs)
        expect([qs, searched]).toEqual([qs, await fromPostgres(qs)])
      }
      expect(searches() - before).toBe(12) // each answer above came from the search server
      const mudmee = await catalog(`q=${q}&sort=newest`)
      expect(mudmee.products.map((p: any) => p.handle)).toEqual(["ms-four", "ms-mudmee"])
      expect(mudmee.products[1]).toMatchObject({ id: world.mudmee, otop_grade: { stars: 5, round_be: 2567 }, certifications: [{ scheme: "gi", verified: true }] })
      // Relevance (the engine's order) finds the same set.
      const relevance = await catalog(`q=${encodeURIComponent("ผ้าไหม")}`)
      expect(relevance.products.map((p: any) => p.handle).sort()).toEqual((await fromPostgres(`q=${encodeURIComponent("ผ้าไหม")}`)).products.map((p: any) => p.handle).sort())

      const counter = countCatalogStatements()
      try {
        const page = await catalog("limit=100&min_stars=3&dye=NATURAL&sort=newest")
        expect(page.products).toHaveLength(3)
        expect(counter.n).toBe(1) // the page's rows by id; count and facets came from the search server
      } finally {
        counter.restore()
      }
    })

    it("a product that leaves the catalog leaves the index (a suspended group's products)", async () => {
      await api.post(`/staff/producer-groups/${world.surinGroup.id}/suspend`, { reason: "ตรวจสอบเอกสาร" }, bearer(world.staff))
      await eventually(async () => expect([...docs().keys()].sort()).toEqual([world.mudmee, world.indigo, world.chili].sort()))
      const data = await catalog("limit=100&sort=newest")
      expect(data.products.map((p: any) => p.handle)).toEqual(["ms-chili", "ms-indigo", "ms-mudmee"])
      expect(data).toEqual(await fromPostgres("limit=100&sort=newest"))
    })

    it("a temporary closure is judged at request time, as in SQL", async () => {
      const DAY = 86_400_000
      await api.post("/producer/group", { closed_from: new Date(Date.now() - DAY).toISOString(), closed_until: new Date(Date.now() + 7 * DAY).toISOString() }, bearer(world.cmOwner.token))
      await eventually(async () => expect(docs().get(world.mudmee)?.hidden_until).toBeLessThan(8.64e15))
      const data = await catalog("limit=100&sort=newest")
      expect(data.products.map((p: any) => p.handle)).toEqual(["ms-brocade", "ms-four"])
      expect(data).toEqual(await fromPostgres("limit=100&sort=newest"))
    })

    it("a failed Meilisearch write is logged and does not undo the catalog refresh", async () => {
      const errors = jest.spyOn(logger(), "error")
      try {
        fake.failNextTask("documentAdditionOrUpdate", { code: "internal", message: "disk full" })
        await api.post(`/producer/products/${world.chili}/attributes`, { soft_power: ["FOOD", "FESTIVAL"] }, bearer(world.cmOwner.token))
        await eventually(async () =>
          expect(errors).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^\\[catalog\\] Meilisearch index "${INDEX}" not updated for ${world.chili}: .*disk full.*reindex-search`)))
        )
        // PostgreSQL has the change; the index kept the old document until the next sync or reindex.
        expect((await fromPostgres("soft_power=FESTIVAL")).products.map((p: any) => p.handle)).toEqual(["ms-chili"])
        expect(docs().get(world.chili)?.soft_power).toEqual(["FOOD"])
        await reindexCatalogSearch(getContainer())
        expect(docs().get(world.chili)?.soft_power).toEqual(["FOOD", "FESTIVAL"])
        expect((await catalog("soft_power=FESTIVAL")).products.map((p: any) => p.handle)).toEqual(["ms-chili"])
      } finally {
        errors.mockRestore()
      }
    })

    it("undoes its writes when a later step of the workflow fails", async () => {
      const read: any = getContainer().resolve(CATALOG_MODULE)
      // The read model moves on (a new title) and one product's document is missing from the index.
      const [row] = await read.listRows([world.mudmee])
      await read.replaceRows([world.mudmee], [{ ...row, title_th: "ผ้าไหมลายใหม่" }])
      docs().delete(world.brocade)
      const before = structuredClone(docs().get(world.mudmee))
      const { errors } = await syncThenFailWorkflow(getContainer()).run({ input: { product_ids: [world.mudmee, world.brocade] }, throwOnError: false })
      expect(errors.map((e: any) => e.error?.message)).toEqual(["a later step failed"])
      // The sync wrote both, then its compensation put the index back as it was.
      const writes = fake.requestsTo("POST", `/indexes/${INDEX}/documents`)
      expect(writes.some((w) => w.body.some((d: any) => d.title_th === "ผ้าไหมลายใหม่"))).toBe(true)
      expect(docs().get(world.mudmee)).toEqual(before)
      expect(docs().has(world.brocade)).toBe(false)
    })

    it("reindex rebuilds the index with its settings through a swap, and removes orphans", async () => {
      const index = fake.indexes.get(INDEX)!
      index.docs.set("prod_orphan", { id: "prod_orphan", title_th_seg: "ของ เก่า", hidden_from: 8.64e15, hidden_until: 8.64e15 })
      index.docs.delete(world.indigo) // a sync that was missed
      index.settings.sortableAttributes = [] // settings drifted
      const info = jest.spyOn(logger(), "info")
      try {
        const result = await reindexCatalogSearch(getContainer(), { batchSize: 2 })
        expect(result).toMatchObject({ indexed: 5, orphansRemoved: 0 })
        expect(info).toHaveBeenCalledWith(expect.stringMatching(/^\[search\] indexed 2\/5 \(40%\)$/))
        expect(info).toHaveBeenCalledWith(expect.stringMatching(/^\[search\] indexed 5\/5 \(100%\)$/))
      } finally {
        info.mockRestore()
      }
      expect([...docs().keys()].sort()).toEqual([...world.ids].sort())
      expect(fake.indexes.get(INDEX)!.settings).toMatchObject(indexSettings())
      expect(fake.indexes.has(`${INDEX}__reindex`)).toBe(false)
      expect(fake.requestsTo("POST", "/swap-indexes").at(-1)!.body).toEqual([{ indexes: [INDEX, `${INDEX}__reindex`] }])
      expect(await catalog("limit=100&sort=newest")).toEqual(await fromPostgres("limit=100&sort=newest"))
      expect(DEFAULT_INDEX_UID).toBe("otop_catalog") // MEILISEARCH_INDEX overrides it here
    })

    it("falls back to PostgreSQL with a warning when the search server is unreachable, and keeps refreshing the catalog", async () => {
      const closed = http.createServer()
      await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r))
      const deadHost = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
      await new Promise<void>((r) => closed.close(() => r()))
      const host = process.env.MEILISEARCH_HOST
      const warnings = jest.spyOn(logger(), "warn")
      const errors = jest.spyOn(logger(), "error")
      process.env.MEILISEARCH_HOST = deadHost
      try {
        const answer = await catalog("min_stars=5&gi=true&dye=NATURAL&sort=newest")
        expect(answer.products.map((p: any) => p.handle)).toEqual(["ms-brocade", "ms-mudmee"])
        expect(answer).toEqual(await fromPostgres("min_stars=5&gi=true&dye=NATURAL&sort=newest"))
        expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/^\[catalog\] Meilisearch at http:\/\/127\.0\.0\.1:\d+ failed .*ECONNREFUSED.*answering from PostgreSQL/))
        // Writes go on: the read model is refreshed, the index sync failure is logged.
        await api.post(`/staff/products/${world.indigo}/grades`, { round_be: 2568, stars: 2 }, bearer(world.staff))
        await eventually(async () => expect((await catalog("min_stars=5&sort=newest")).products.map((p: any) => p.handle)).toEqual(["ms-brocade", "ms-mudmee"]))
        await eventually(async () => expect(errors).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`not updated for ${world.indigo}`))))
      } finally {
        process.env.MEILISEARCH_HOST = host
        warnings.mockRestore()
        errors.mockRestore()
      }
    })
  },
})
