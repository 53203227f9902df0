import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { CATALOG_MODULE } from "../../src/modules/catalog"
import type { CatalogRow } from "../../src/modules/catalog/types"
import { catalogSearchIndex, resetSearchAvailability } from "../../src/modules/catalog/search/provider"
import { reindexCatalogSearch } from "../../src/modules/catalog/search/reindex"
import { toSearchDocument } from "../../src/modules/catalog/search/definition"
import { CatalogQuery } from "../../src/api/store/catalog/query"

/**
 * The contract of catalog search on a REAL Meilisearch: Thai queries (ไหม, มัดหมี่, ผ้าไหมมัดหมี่)
 * find what they should, several words are ANDed, and every filter and facet count equals the
 * PostgreSQL path's on the same rows. It runs whenever MEILISEARCH_TEST_HOST is set (with
 * MEILISEARCH_TEST_API_KEY if the server has a master key), e.g. in a CI job with the official
 * Docker image; it creates and deletes its own index. Without it, it says SKIPPED and checks
 * nothing: Thai relevance on Meilisearch stays unverified until it has run there.
 *   docker run -d -p 7700:7700 getmeili/meilisearch:v1.16
 *   MEILISEARCH_TEST_HOST=http://localhost:7700 EMBEDDED_PG_TEST_PORT=55479 npm run test:integration:http -- integration-tests/http/catalog-meilisearch-contract.spec.ts
 */

const HOST = process.env.MEILISEARCH_TEST_HOST?.trim()
jest.setTimeout(300 * 1000)

if (!HOST) {
  describe("catalog search contract on a real Meilisearch", () => {
    it("SKIPPED: no Meilisearch server (set MEILISEARCH_TEST_HOST to run it)", () => {
      // eslint-disable-next-line no-console
      console.log("SKIPPED: no Meilisearch server — catalog-meilisearch-contract.spec.ts checked nothing (set MEILISEARCH_TEST_HOST, e.g. http://localhost:7700)")
    })
  })
} else {
  const INDEX = `otop_catalog_contract_${Date.now()}`
  process.env.CATALOG_FACET_CACHE_MS = "0"

  // Set before the app boots; a server that was named but does not answer is a failure, not a skip.
  beforeAll(async () => {
    const res = await fetch(new URL("/health", HOST)).catch((e) => {
      throw new Error(`MEILISEARCH_TEST_HOST=${HOST} is set but does not answer: ${e?.cause?.message ?? e}`)
    })
    if (!res.ok) throw new Error(`MEILISEARCH_TEST_HOST=${HOST} answered /health with ${res.status}`)
    Object.assign(process.env, { MEILISEARCH_HOST: HOST, MEILISEARCH_API_KEY: process.env.MEILISEARCH_TEST_API_KEY ?? "", MEILISEARCH_INDEX: INDEX })
  })

  const DAY = 86_400_000
  let n = 0
  const row = (p: Partial<CatalogRow> & { title_th: string }): CatalogRow => {
    n += 1
    const r: CatalogRow = {
      product_id: `prod_contract_${String(n).padStart(2, "0")}`, handle: `contract-${n}`, title_en: null, thumbnail: null, category: "textile-apparel",
      group_id: "pgrp_contract_1", group_handle: "contract-group-one", group_name_th: "กลุ่มทอผ้าบ้านนาข่า", group_name_en: "Ban Na Kha weavers",
      province_code: "41", region: "northeast", closed_from: null, closed_until: null, price_min: 100000, in_stock: true, stars: null, round_be: null,
      cert_schemes: [], gi: false, certifications: [], fiber: null, techniques: [], dye: null, fabric: null, soft_power: [], rating_sum: 0,
      rating_count: 0, rating_score: 0, search: "", product_created_at: new Date(Date.UTC(2025, 0, n)).toISOString(), ...p,
    }
    // As the refresh workflow writes it (build-catalog-rows): what PostgreSQL's q= searches.
    r.search = [r.title_th, r.title_en, r.group_name_th, r.group_name_en, r.handle].filter(Boolean).join(" ").toLowerCase()
    return r
  }
  const ROWS: CatalogRow[] = [
    row({ title_th: "ผ้าไหมมัดหมี่ลายขอ", title_en: "Mudmee silk, hook pattern", stars: 5, round_be: 2567, cert_schemes: ["gi"], gi: true, fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL", soft_power: ["FASHION"], price_min: 250000 }),
    row({ title_th: "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", stars: 4, round_be: 2567, cert_schemes: ["gi", "tcps"], gi: true, fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL", province_code: "32", group_handle: "contract-group-two", group_name_th: "กลุ่มผ้าไหมสุรินทร์", group_name_en: null }),
    row({ title_th: "ผ้าไหมแพรวา", stars: 5, round_be: 2566, cert_schemes: ["peacock_gold"], fiber: "SILK", techniques: ["PRAEWA"], dye: "CHEMICAL", province_code: "46" }),
    row({ title_th: "ผ้าไหมยกดอกสุรินทร์", title_en: "Surin silk brocade", stars: 5, round_be: 2567, cert_schemes: ["gi"], gi: true, fiber: "SILK", techniques: ["YOK"], dye: "NATURAL", province_code: "32", group_handle: "contract-group-two", group_name_th: "กลุ่มผ้าไหมสุรินทร์", group_name_en: null, rating_sum: 9, rating_count: 2, rating_score: 450 }),
    row({ title_th: "ผ้าฝ้ายย้อมคราม", fiber: "COTTON", techniques: ["PLAIN"], dye: "INDIGO", stars: 3, round_be: 2567, province_code: "47", region: "northeast", price_min: 59000 }),
    row({ title_th: "ผ้าขาวม้าทอมือ", fiber: "COTTON", techniques: ["PLAIN"], dye: "CHEMICAL", province_code: "50", region: "north", in_stock: false, price_min: 25000 }),
    row({ title_th: "น้ำพริกหนุ่มแม่ถนอม", category: "food", stars: 3, round_be: 2567, cert_schemes: ["fda_food"], soft_power: ["FOOD"], province_code: "50", region: "north", price_min: 8950 }),
    row({ title_th: "หมูแดดเดียว", category: "food", cert_schemes: ["fda_food"], province_code: "50", region: "north", price_min: 12000 }),
    row({ title_th: "กาแฟดอยช้าง", title_en: "Doi Chang coffee", category: "beverage", stars: 5, round_be: 2567, cert_schemes: ["gi"], gi: true, province_code: "57", region: "north", price_min: 35000 }),
    row({ title_th: "ข้าวหอมมะลิอินทรีย์", category: "food", stars: 4, round_be: 2566, cert_schemes: ["organic_th"], province_code: "32", price_min: 18000 }),
    // A group closed since yesterday: in neither path's answers.
    row({ title_th: "ผ้าไหมปิดร้าน", fiber: "SILK", closed_from: new Date(Date.now() - DAY).toISOString(), closed_until: new Date(Date.now() + 7 * DAY).toISOString() }),
  ]
  const handleOf = (title: string) => ROWS.find((r) => r.title_th === title)!.handle

  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: ({ api, getContainer }) => {
      const world: any = {}
      const catalog = async (qs: string) => (await api.get(`/store/catalog?${qs}`, { headers: { "x-publishable-api-key": world.key } })).data
      const fromPostgres = async (qs: string) => {
        const host = process.env.MEILISEARCH_HOST
        process.env.MEILISEARCH_HOST = ""
        try {
          return await catalog(qs)
        } finally {
          process.env.MEILISEARCH_HOST = host
        }
      }
      /** Handles found by Meilisearch, failing (instead of falling back) if it did not answer. */
      const found = async (qs: string) => {
        const index = catalogSearchIndex()!
        const direct = await index.search(CatalogQuery.parse(Object.fromEntries(new URLSearchParams(qs))))
        const handles = ROWS.filter((r) => direct.ids.includes(r.product_id)).map((r) => r.handle).sort()
        expect([qs, (await catalog(qs)).products.map((p: any) => p.handle).sort()]).toEqual([qs, handles])
        return handles
      }

      beforeAll(async () => {
        const container = getContainer()
        world.key = (await runSeed(container, { demo: false })).publishableKey
        await (container.resolve(CATALOG_MODULE) as any).replaceRows(ROWS.map((r) => r.product_id), ROWS)
        await reindexCatalogSearch(container)
      })
      beforeEach(() => resetSearchAvailability())
      afterAll(async () => {
        const index = catalogSearchIndex()
        await index?.deleteIndexIfExists(INDEX).catch(() => undefined)
      })

      it("Thai queries find the words inside compounds: ไหม, มัดหมี่, ผ้าไหมมัดหมี่", async () => {
        expect(await found(`q=${encodeURIComponent("ไหม")}`)).toEqual(["ผ้าไหมมัดหมี่ลายขอ", "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", "ผ้าไหมแพรวา", "ผ้าไหมยกดอกสุรินทร์"].map(handleOf).sort())
        expect(await found(`q=${encodeURIComponent("มัดหมี่")}`)).toEqual(["ผ้าไหมมัดหมี่ลายขอ", "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ"].map(handleOf).sort())
        expect(await found(`q=${encodeURIComponent("ผ้าไหมมัดหมี่")}`)).toEqual(["ผ้าไหมมัดหมี่ลายขอ", "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ"].map(handleOf).sort())
        expect(await found(`q=${encodeURIComponent("น้ำพริก")}`)).toEqual([handleOf("น้ำพริกหนุ่มแม่ถนอม")])
        expect(await found(`q=${encodeURIComponent("ดอยช้าง")}`)).toEqual([handleOf("กาแฟดอยช้าง")])
        expect(await found("q=brocade")).toEqual([handleOf("ผ้าไหมยกดอกสุรินทร์")])
        // The same sets as PostgreSQL's substring search, on these rows.
        for (const q of ["ไหม", "มัดหมี่", "ผ้าไหมมัดหมี่", "น้ำพริก"]) {
          const qs = `q=${encodeURIComponent(q)}&sort=newest`
          expect([q, await catalog(qs)]).toEqual([q, await fromPostgres(qs)])
        }
      })

      it("several words must all match (AND), wherever they are", async () => {
        expect(await found(`q=${encodeURIComponent("ผ้าไหม ธรรมชาติ")}`)).toEqual([handleOf("ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ")])
        expect(await found(`q=${encodeURIComponent("ฝ้าย คราม")}`)).toEqual([handleOf("ผ้าฝ้ายย้อมคราม")])
        expect(await found(`q=${encodeURIComponent("ไหม คราม")}`)).toEqual([])
        expect(await found(`q=${encodeURIComponent("มัดหมี่ สุรินทร์")}`)).toEqual([handleOf("ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ")]) // title + group name
        expect(await found("q=silk%20brocade")).toEqual([handleOf("ผ้าไหมยกดอกสุรินทร์")])
      })

      it("filters, facet counts, sorts and pages equal the PostgreSQL path's", async () => {
        for (const qs of [
          "limit=100&sort=newest",
          "min_stars=5&gi=true&dye=NATURAL&sort=newest",
          "fiber=SILK&sort=newest",
          "province=32,50&category=food,textile-apparel&sort=price_asc",
          "technique=MUDMEE,YOK&min_stars=4&sort=newest",
          "cert=gi,fda_food&sort=price_desc",
          "region=north&in_stock=true&sort=newest",
          "price_min=100&price_max=1000&sort=price_asc",
          "soft_power=FOOD,FASHION&sort=newest",
          "sort=rating&limit=3",
          "sort=newest&limit=3&offset=2",
          "sort=price_asc&limit=2&offset=5",
          `q=${encodeURIComponent("ไหม")}&fiber=SILK&min_stars=5&sort=newest`,
          `q=${encodeURIComponent("ผ้า")}&dye=NATURAL,INDIGO&sort=price_asc`,
        ]) {
          expect([qs, await catalog(qs)]).toEqual([qs, await fromPostgres(qs)])
        }
        const relevance = await catalog("limit=100") // no query: grade, rating, newness, as in SQL
        expect(relevance).toEqual(await fromPostgres("limit=100"))
      })

      it("an upsert and a delete show in the next search", async () => {
        const read: any = getContainer().resolve(CATALOG_MODULE)
        const index = catalogSearchIndex()!
        const brocade = ROWS.find((r) => r.title_th === "ผ้าไหมยกดอกสุรินทร์")!
        const renamed = { ...brocade, title_th: "ผ้าไหมยกทองโบราณ" }
        await read.replaceRows([brocade.product_id], [renamed])
        await index.write({ upsert: [toSearchDocument(renamed)] })
        expect(await found(`q=${encodeURIComponent("ยกทอง")}`)).toEqual([brocade.handle])
        await read.replaceRows([brocade.product_id], [])
        await index.write({ remove: [brocade.product_id] })
        expect(await found(`q=${encodeURIComponent("ยกทอง")}`)).toEqual([])
        expect(await catalog("fiber=SILK&sort=newest")).toEqual(await fromPostgres("fiber=SILK&sort=newest"))
        await index.write({ upsert: [toSearchDocument(brocade)] }) // as the next test's restored database has it
      })

      it("reports (does not assert) how the engine treats Thai typed without tone marks", async () => {
        // Meilisearch strips Thai marks when it normalises (charabia), so these may match where
        // PostgreSQL does not; recorded for the README's "unverified" list, not a requirement.
        const observations: Record<string, string[]> = {}
        for (const q of ["ผาไหม", "นาพริก", "กาแฟดอยชาง", "หมี่"]) observations[q] = await found(`q=${encodeURIComponent(q)}`)
        // eslint-disable-next-line no-console
        console.log(`Meilisearch at ${HOST}, queries without tone marks:`, JSON.stringify(observations))
      })
    },
  })
}
