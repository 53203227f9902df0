import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { trackCertificationExpiryWorkflow } from "../../src/workflows/certification/track-certification-expiry"
import { bearer, createGroup, eventually, signInStaff, signUpProducer } from "../helpers/actors"
import { activeDimensions, CatalogQuery, liveFacetsStatement, summaryFilter, toFacets } from "../../src/api/store/catalog/query"
import { CATALOG_MODULE } from "../../src/modules/catalog"

jest.setTimeout(300 * 1000)
// Every request computes its counts here (the route's few-second facet cache is measured by bench/catalog.mjs).
process.env.CATALOG_FACET_CACHE_MS = "0"

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
const DAY = 86_400_000

/**
 * Counts the SQL statements sent to PostgreSQL by anyone in this process (the app runs in it):
 * every driver copy's Client.query is wrapped (Medusa's knex and MikroORM may load different `pg`s).
 */
function countQueries() {
  const copies = new Set<any>([require("pg")])
  try {
    const mikro = path.dirname(require.resolve("@mikro-orm/postgresql/package.json"))
    copies.add(require(require.resolve("pg", { paths: [mikro] })))
  } catch {}
  let statements: string[] = []
  const originals = [...copies].map((pg) => {
    const proto = pg.Client.prototype
    const original = proto.query
    proto.query = function (this: unknown, ...args: any[]) {
      statements.push(String(typeof args[0] === "string" ? args[0] : args[0]?.text ?? ""))
      return original.apply(this, args)
    }
    return () => (proto.query = original)
  })
  return {
    get all() { return statements.length },
    get catalog() { return statements.filter((s) => /\bcatalog_entry\b/.test(s)).length },
    get statements() { return statements },
    reset: () => (statements = []),
    restore: () => originals.forEach((undo) => undo()),
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const store = () => ({ headers: { "x-publishable-api-key": world.store.publishableKey } })
    const catalog = async (qs: string) => (await api.get(`/store/catalog?${qs}`, store())).data

    async function uploadDocument(token: string) {
      const form = new FormData()
      form.append("files", new Blob([PDF], { type: "application/pdf" }), "certificate.pdf")
      form.append("purpose", "document")
      return (await api.post("/producer/uploads", form, bearer(token))).data.uploads[0].id as string
    }

    /** A textile or food product with its grade, fabric attributes and certifications (verified unless said). */
    async function product(
      owner: { token: string; document: string },
      p: { handle: string; title: string; en?: string; category?: string; price?: string; stars?: number; fabric?: any; soft_power?: string[]; certs?: { scheme: string; number: string; verify?: boolean; expires_at?: string; details?: any }[] }
    ) {
      const { data } = await api.post(
        "/producer/products",
        {
          handle: p.handle,
          title: { th: p.title, ...(p.en ? { en: p.en } : {}) },
          category: p.category ?? "textile-apparel",
          status: "published",
          weight_g: 300,
          variants: [{ price: p.price ?? "1200.00", stock: 5 }],
        },
        bearer(owner.token)
      )
      const id = data.product.id
      if (p.stars) await api.post(`/staff/products/${id}/grades`, { round_be: 2567, stars: p.stars }, bearer(world.staff))
      if (p.fabric || p.soft_power) {
        await api.post(`/producer/products/${id}/attributes`, { ...(p.fabric ? { fabric: p.fabric } : {}), soft_power: p.soft_power ?? [] }, bearer(owner.token))
      }
      const certs: string[] = []
      for (const c of p.certs ?? []) {
        const { data: sub } = await api.post(
          `/producer/products/${id}/certifications`,
          { scheme: c.scheme, number: c.number, document_id: owner.document, expires_at: c.expires_at, details: c.details },
          bearer(owner.token)
        )
        if (c.verify !== false) await api.post(`/staff/certifications/${sub.certification.id}/verify`, {}, bearer(world.staff))
        certs.push(sub.certification.id)
      }
      return { id, certs }
    }

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      world.staff = await signInStaff(api, container, "catalog-staff@example.th", { is_national: true })
      const cm = await signUpProducer(api, "catalog-cm@example.th")
      world.cmGroup = await createGroup(container, cm.producer_id, "500101") // Chiang Mai (50)
      const cmOwner = { token: cm.token, document: await uploadDocument(cm.token) }
      world.cmOwner = cmOwner
      const surin = await signUpProducer(api, "catalog-surin@example.th")
      world.surinGroup = await createGroup(container, surin.producer_id, "320101") // Surin (32)
      const surinOwner = { token: surin.token, document: await uploadDocument(surin.token) }
      const gi = (n: string, name: string) => ({ scheme: "gi", number: `สช ${n}`, details: { gi_name: name } })

      world.mudmee = await product(cmOwner, {
        handle: "cat-mudmee", title: "ผ้าไหมมัดหมี่ลายขอ", en: "Mudmee silk, hook pattern", stars: 5,
        fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL" }, soft_power: ["FASHION"], certs: [gi("61100104", "ผ้าไหมมัดหมี่เชียงใหม่")],
      })
      world.indigo = await product(cmOwner, {
        handle: "cat-indigo", title: "ผ้าฝ้ายย้อมคราม", stars: 5, fabric: { fiber: "COTTON", techniques: ["PLAIN"], dye: "INDIGO" }, certs: [gi("61100105", "ผ้าครามสกลนคร")],
      })
      world.chili = await product(cmOwner, {
        handle: "cat-chili", title: "น้ำพริกหนุ่ม", category: "food", price: "89.50", stars: 3, soft_power: ["FOOD"],
        certs: [{ scheme: "fda_food", number: "50-2-00162-2-0031", expires_at: new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10) }],
      })
      world.praewa = await product(surinOwner, {
        handle: "cat-praewa", title: "ผ้าไหมแพรวา", stars: 5, fabric: { fiber: "SILK", techniques: ["PRAEWA"], dye: "NATURAL" },
        certs: [{ ...gi("61100106", "ผ้าไหมแพรวากาฬสินธุ์"), verify: false }], // pending: not a badge
      })
      world.fourStars = await product(surinOwner, {
        handle: "cat-four", title: "ผ้าไหมมัดหมี่ย้อมธรรมชาติ", stars: 4, fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL" }, certs: [gi("61100107", "ผ้าไหมสุรินทร์")],
      })
      world.brocade = await product(surinOwner, {
        handle: "cat-brocade", title: "ผ้าไหมยกดอกสุรินทร์", en: "Surin silk brocade", stars: 5,
        fabric: { fiber: "SILK", techniques: ["YOK"], dye: "NATURAL" }, certs: [gi("61100108", "ผ้าไหมสุรินทร์")],
      })
      // Subscribers refresh the read model after each request: wait for the last facts to land.
      await eventually(async () => {
        const { products } = await catalog("limit=100")
        expect(products).toHaveLength(6)
        expect(products.find((p: any) => p.handle === "cat-brocade").certifications).toHaveLength(1)
        expect(products.find((p: any) => p.handle === "cat-chili").certifications).toHaveLength(1)
        expect(products.find((p: any) => p.handle === "cat-four")).toMatchObject({ otop_grade: { stars: 4 }, fabric: { dye: "NATURAL" } })
      }, 30_000)
    })

    it('"5 stars, GI, natural dye" returns exactly the matching products with facet counts that each ignore their own filter', async () => {
      const data = await catalog("min_stars=5&gi=true&dye=NATURAL&sort=newest")
      expect(data.products.map((p: any) => p.handle)).toEqual(["cat-brocade", "cat-mudmee"])
      expect(data.count).toBe(2)
      expect(data.products[1]).toMatchObject({
        id: world.mudmee.id,
        title: "ผ้าไหมมัดหมี่ลายขอ",
        price: { currency_code: "thb", amount: "1200.00", amount_satang: 120000 },
        in_stock: true,
        otop_grade: { stars: 5, round_be: 2567 },
        certifications: [{ scheme: "gi", number: "สช 61100104", verified: true, expires_at: null, lookup_url: expect.stringContaining("ipthailand"), gi_name: "ผ้าไหมมัดหมี่เชียงใหม่" }],
        fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL" },
        soft_power: ["FASHION"],
        rating: { average: null, count: 0 },
        producer_group: { handle: world.cmGroup.handle, name: world.cmGroup.name_th, province_code: "50" },
      })
      const f = data.facets
      // gi=true is a plain filter: the GI-pending Praewa and the chili paste are out of every count.
      expect(f.dye).toEqual([{ value: "NATURAL", count: 2 }, { value: "INDIGO", count: 1 }]) // 5 stars + GI, any dye
      expect(f.stars).toEqual([{ value: 5, count: 2 }, { value: 4, count: 1 }]) // GI + natural, any grade
      expect(f.category).toEqual([{ value: "textile-apparel", count: 2 }])
      expect(f.province).toEqual([{ value: "32", count: 1 }, { value: "50", count: 1 }])
      expect(f.region).toEqual([{ value: "north", count: 1 }, { value: "northeast", count: 1 }])
      expect(f.cert).toEqual([{ value: "gi", count: 2 }])
      expect(f.fiber).toEqual([{ value: "SILK", count: 2 }])
      expect(f.technique).toEqual([{ value: "MUDMEE", count: 1 }, { value: "YOK", count: 1 }])
      expect(f.soft_power).toEqual([{ value: "FASHION", count: 1 }])

      const en = await catalog("min_stars=5&gi=true&dye=NATURAL&sort=newest&locale=en")
      expect(en.products.map((p: any) => p.title)).toEqual(["Surin silk brocade", "Mudmee silk, hook pattern"])
      const cheap = await catalog("price_max=100&cert=fda_food,tcps")
      expect(cheap.products.map((p: any) => [p.handle, p.price.amount])).toEqual([["cat-chili", "89.50"]])
      expect((await catalog("sort=price_asc&limit=2&offset=1")).products.map((p: any) => p.handle)).toHaveLength(2)
      expect((await catalog("province=32&technique=MUDMEE,YOK")).count).toBe(2)
      // A region filter narrows the products and the provinces, while its own facet keeps the other regions.
      const north = await catalog("region=north&min_stars=5")
      expect(north.products.map((p: any) => p.handle).sort()).toEqual(["cat-indigo", "cat-mudmee"])
      expect(north.facets.region).toEqual([{ value: "north", count: 2 }, { value: "northeast", count: 2 }])
      expect(north.facets.province).toEqual([{ value: "50", count: 2 }])
    })

    it("finds Thai substrings (q=มัดหมี่ in ผ้าไหมมัดหมี่…) and English words", async () => {
      const { products } = await catalog(`q=${encodeURIComponent("มัดหมี่")}`)
      expect(products.map((p: any) => p.handle).sort()).toEqual(["cat-four", "cat-mudmee"])
      expect((await catalog("q=BROCADE")).products.map((p: any) => p.handle)).toEqual(["cat-brocade"])
      expect((await catalog(`q=${encodeURIComponent("100%_")}`)).count).toBe(0) // LIKE wildcards are literal
    })

    it("refuses invalid filters with a 400 that names the parameter", async () => {
      for (const [qs, param] of [
        ["min_stars=6", "min_stars"], ["cert=michelin", "cert"], ["cert=gi,nope", "cert"], ["gi=yes", "gi"], ["dye=PURPLE", "dye"],
        ["price_min=abc", "price_min"], ["price_min=500&price_max=100", "price_max"], ["limit=101", "limit"], ["sort=cheapest", "sort"],
        ["province=5", "province"], ["category=cars", "category"], ["in_stock=1", "in_stock"], ["locale=fr", "locale"], ["offset=-1", "offset"],
      ]) {
        const res = await api.get(`/store/catalog?${qs}`, store()).catch((e: any) => e.response)
        expect([qs, res.status]).toEqual([qs, 400])
        expect(res.data.message).toMatch(new RegExp(`^${param}(\\.\\d+)?: `))
      }
    })

    it("answers with a fixed number of database statements whatever the page size", async () => {
      await catalog("limit=1") // warm caches (publishable key, …)
      const counter = countQueries()
      try {
        for (const qs of ["limit=1", "limit=100", "limit=100&min_stars=3&gi=true&dye=NATURAL&q=%E0%B8%9C%E0%B9%89%E0%B8%B2", "limit=100&sort=rating&cert=gi&soft_power=FASHION,FOOD"]) {
          counter.reset()
          const data = await catalog(qs)
          expect(data.products.length).toBeLessThanOrEqual(data.count)
          // Two statements on the read model (count+facets, the page) for 1 or 6 products, with or
          // without filters; everything the request sends, store middleware included, stays small.
          expect([qs, counter.catalog]).toEqual([qs, 2])
          expect([qs, counter.all <= 6, counter.statements]).toEqual([qs, true, counter.statements])
        }
      } finally {
        counter.restore()
      }
    })

    it("counts read from the facet summary and bitmaps equal counts over the rows, through writes and a temporary closure", async () => {
      const read = getContainer().resolve(CATALOG_MODULE) as any
      // Every request the summary answers (no filter or one), each compared with the live count.
      const single = [
        "", "category=textile-apparel", "category=food,textile-apparel", "province=50", "region=north", "min_stars=4", "min_stars=5",
        "cert=gi", "gi=true", "gi=false", "fiber=SILK", "technique=MUDMEE", "dye=NATURAL", "dye=NATURAL,INDIGO", "soft_power=FASHION", "in_stock=true",
      ]
      // Several filters: answered from the facet bitmaps (halal: a value no row carries).
      const several = [
        "min_stars=5&gi=true&dye=NATURAL", "category=textile-apparel&min_stars=4&dye=NATURAL", "cert=gi,fda_food", "cert=gi&region=north&in_stock=true",
        "technique=MUDMEE,KHIT&fiber=SILK", "province=50,32&gi=false", "cert=halal&dye=NATURAL", "soft_power=FASHION,FOOD&category=food,textile-apparel",
      ]
      const compare = async (label: string) => {
        for (const qs of [...single, ...several]) {
          const filters = CatalogQuery.parse(Object.fromEntries(new URLSearchParams(qs)))
          expect([qs, summaryFilter(filters) !== null, activeDimensions(filters) !== null]).toEqual([qs, single.includes(qs), true])
          const live = liveFacetsStatement(filters)
          const expected = toFacets(await read.read(live.sql, live.params))
          const { count, facets } = await catalog(qs)
          expect([label, qs, { count, facets }]).toEqual([label, qs, expected])
        }
      }
      expect(summaryFilter(CatalogQuery.parse({ cert: "gi,fda_food" }))).toBeNull() // a product with both would count twice
      expect(summaryFilter(CatalogQuery.parse({ dye: "NATURAL", min_stars: "5" }))).toBeNull()
      await compare("as seeded")
      // A write moves counters: a grade changes, a product leaves and comes back with other attributes.
      await api.post(`/staff/products/${world.indigo.id}/grades`, { round_be: 2568, stars: 3 }, bearer(world.staff))
      await api.post(`/producer/products/${world.mudmee.id}/attributes`, { fabric: { fiber: "COTTON", techniques: ["KHIT", "MUDMEE"], dye: "INDIGO" }, soft_power: [] }, bearer(world.cmOwner.token))
      await eventually(async () => expect((await catalog("fiber=COTTON")).count).toBe(2))
      await compare("after writes")
      // Closed from yesterday: the group's rows are subtracted at request time.
      const from = new Date(Date.now() - DAY).toISOString()
      await api.post("/producer/group", { closed_from: from, closed_until: new Date(Date.now() + 7 * DAY).toISOString() }, bearer(world.cmOwner.token))
      await eventually(async () => expect((await catalog("limit=100")).count).toBe(3))
      await compare("during a closure")
      const state = async () => ({
        counters: await read.read(`select facet_a, value_a, facet_b, value_b, n from catalog_facet_count where n <> 0 order by 1, 2, 3, 4`, []),
        bitmaps: await read.read(`select facet, value, length(bits) as length, bit_count(bits)::int as n, md5(bits::text) as bits from catalog_facet_bitmap where bit_count(bits) > 0 order by 1, 2`, []),
      })
      const fresh = await state()
      await read.rebuildFacetSummary()
      expect(fresh).toEqual(await state()) // kept up to date write by write, no drift
      await api.post("/producer/group", { closed_from: null, closed_until: null }, bearer(world.cmOwner.token))
      await eventually(async () => expect((await catalog("limit=100")).count).toBe(6))
    })

    it("an expired certificate disappears from the badges and the counts", async () => {
      const container = getContainer()
      await trackCertificationExpiryWorkflow(container).run({ input: { now: new Date(Date.now() + 400 * DAY).toISOString() } })
      await eventually(async () => {
        const { products, facets } = await catalog("category=food")
        expect(products.map((p: any) => [p.handle, p.certifications])).toEqual([["cat-chili", []]])
        expect(facets.cert).toEqual([])
      })
      expect((await catalog("cert=fda_food")).count).toBe(0)
    })

    it("a suspended group's products leave the catalog, and come back when it is reinstated", async () => {
      await api.post(`/staff/producer-groups/${world.surinGroup.id}/suspend`, { reason: "ตรวจสอบเอกสาร" }, bearer(world.staff))
      await eventually(async () => {
        const data = await catalog("limit=100")
        expect(data.products.map((p: any) => p.handle).sort()).toEqual(["cat-chili", "cat-indigo", "cat-mudmee"])
        expect(data.facets.province).toEqual([{ value: "50", count: 3 }])
      })
      expect((await catalog(`group=${world.surinGroup.handle}`)).count).toBe(0)
      await api.post(`/staff/producer-groups/${world.surinGroup.id}/reinstate`, {}, bearer(world.staff))
      await eventually(async () => expect((await catalog("limit=100")).count).toBe(6))
    })
  },
})
