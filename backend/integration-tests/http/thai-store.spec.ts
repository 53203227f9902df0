import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runSeed } from "../../src/seed"
import { DEMO_PRODUCER_GROUPS, DEMO_PRODUCTS } from "../../src/seed/demo/catalog"
import type { ThaiStore } from "../../src/seed/thai-store"

// The demo seed (catalog, trust data, buyers with delivered orders) takes minutes on a loaded 2-core machine.
jest.setTimeout(600 * 1000)

const THAI = /[\u0E00-\u0E7F]/
const satang = (amount: number | string) => Math.round(Number(amount) * 100)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: ThaiStore
    let headers: Record<string, string>
    const en = () => ({ ...headers, "x-medusa-locale": "en-US" })

    // Seeded once: the runner snapshots the database after this hook and restores it before each test.
    beforeAll(async () => {
      store = await runSeed(getContainer(), { demo: true })
      headers = { "x-publishable-api-key": store.publishableKey }
    })

    describe("the store, set up for Thailand", () => {
      // Medusa 2.21's store routes translate catalog entities only; the region's English name is
      // stored for the admin, and the storefront labels the country from its own messages.
      it("has one THB region for Thailand, named in Thai with an English translation stored", async () => {
        const { data } = await api.get("/store/regions", { headers })
        expect(data.regions).toHaveLength(1)
        expect(data.regions[0]).toMatchObject({ name: "ประเทศไทย", currency_code: "thb" })
        expect(data.regions[0].countries.map((c: any) => c.iso_2)).toEqual(["th"])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: translations } = await query.graph({ entity: "translation", fields: ["translations"], filters: { reference_id: data.regions[0].id, locale_code: "en-US" } })
        expect(translations[0].translations).toEqual({ name: "Thailand" })
      })

      it("offers Thai and English as store locales", async () => {
        const { data } = await api.get("/store/locales", { headers })
        expect(data.locales.map((l: any) => l.code).sort()).toEqual(["en-US", "th-TH"])
      })

      it("has the five OTOP categories with ASCII handles, Thai names and English translations", async () => {
        const th = await api.get("/store/product-categories?fields=handle,name&limit=50", { headers })
        const handles = th.data.product_categories.map((c: any) => c.handle).sort()
        expect(handles).toEqual(["beverage", "food", "herbal-nonfood", "houseware-decor-souvenir", "textile-apparel"])
        const textile = th.data.product_categories.find((c: any) => c.handle === "textile-apparel")
        expect(textile.name).toBe("ผ้าและเครื่องแต่งกาย")
        const english = await api.get("/store/product-categories?fields=handle,name&limit=50", { headers: en() })
        expect(english.data.product_categories.find((c: any) => c.handle === "textile-apparel").name).toBe("Textiles & Apparel")
      })

      it("charges the shelf price: a cart's total includes 7% VAT instead of adding it", async () => {
        const demo = DEMO_PRODUCTS.find((p) => p.variants.length === 1 && DEMO_PRODUCER_GROUPS.find((g) => g.handle === p.group)?.status === "approved")!
        const price = demo.variants[0].price
        const { data: list } = await api.get(
          `/store/products?handle=${demo.handle}&region_id=${store.regionId}&fields=id,*variants.calculated_price`,
          { headers }
        )
        const variant = list.products[0].variants[0]
        expect(satang(variant.calculated_price.calculated_amount)).toBe(satang(price))
        expect(variant.calculated_price.is_calculated_price_tax_inclusive).toBe(true)

        const { data: created } = await api.post("/store/carts", { region_id: store.regionId }, { headers })
        const cartId = created.cart.id
        const { data: withItem } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 3 }, { headers })
        const cart = withItem.cart
        expect(cart.currency_code).toBe("thb")
        expect(satang(cart.total)).toBe(3 * satang(price))
        // VAT contained in a VAT-inclusive price: price × 7/107
        expect(Math.abs(satang(cart.tax_total) - Math.round((3 * satang(price) * 7) / 107))).toBeLessThanOrEqual(1)

        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
        const names = options.shipping_options.map((o: any) => o.name)
        expect(names).toEqual(expect.arrayContaining(["ไปรษณีย์ลงทะเบียน (3–5 วันทำการ)", "EMS ด่วนพิเศษ (1–2 วันทำการ)"]))
        const ems = options.shipping_options.find((o: any) => o.name.startsWith("EMS"))
        const { data: shipped } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: ems.id }, { headers })
        expect(satang(shipped.cart.shipping_total)).toBe(8000)
        expect(satang(shipped.cart.total)).toBe(3 * satang(price) + 8000)
      })
    })

    describe("the demo catalog", () => {
      const approved = new Set(DEMO_PRODUCER_GROUPS.filter((g) => g.status === "approved").map((g) => g.handle))
      const published = DEMO_PRODUCTS.filter((p) => approved.has(p.group))

      it("publishes at least 40 products over all five categories and at least 10 provinces, each with a picture", async () => {
        const { data } = await api.get("/store/products?limit=200&fields=handle,thumbnail,metadata,*categories", { headers })
        expect(data.count).toBe(published.length)
        expect(data.count).toBeGreaterThanOrEqual(40)
        const categories = new Set(data.products.flatMap((p: any) => p.categories.map((c: any) => c.handle)))
        expect(categories.size).toBe(5)
        const provinces = new Set(data.products.map((p: any) => p.metadata.province_code))
        expect(provinces.size).toBeGreaterThanOrEqual(10)
        for (const p of data.products) expect(p.thumbnail).toMatch(/\/static\/.*\.webp$/)
        const image = await api.get(new URL(data.products[0].thumbnail).pathname, { responseType: "arraybuffer" })
        expect(image.status).toBe(200)
        expect(image.headers["content-type"]).toBe("image/webp")
      })

      it("keeps products of groups that are not approved out of the store", async () => {
        const hidden = DEMO_PRODUCTS.filter((p) => !approved.has(p.group))
        expect(hidden.length).toBeGreaterThan(0)
        const { data } = await api.get(`/store/products?${hidden.map((p) => `handle[]=${p.handle}`).join("&")}`, { headers })
        expect(data.products).toEqual([])
      })

      it("answers in Thai by default and in English with x-medusa-locale: en-US", async () => {
        const demo = published.find((p) => p.option)!
        const fields = "title,description,*options,*options.values,*variants"
        const th = await api.get(`/store/products?handle=${demo.handle}&fields=${fields}`, { headers })
        expect(th.data.products[0].title).toBe(demo.title.th)
        expect(th.data.products[0].title).toMatch(THAI)
        const english = await api.get(`/store/products?handle=${demo.handle}&fields=${fields}`, { headers: en() })
        const product = english.data.products[0]
        expect(product.title).toBe(demo.title.en)
        expect(product.description).toBe(demo.description.en)
        expect(product.options[0].title).toBe(demo.option!.en)
        expect(product.options[0].values.map((v: any) => v.value).sort()).toEqual(demo.variants.map((v) => v.option_value!.en).sort())
      })
    })

    describe("seeding", () => {
      it("is idempotent: a second run creates nothing", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
        const entities = ["product", "product_variant", "product_category", "region", "shipping_option", "stock_location", "api_key", "tax_region", "translation", "user"]
        const before = Object.fromEntries(await Promise.all(entities.map(async (e) => [e, await count(e)])))
        const again = await runSeed(container, { demo: true })
        const after = Object.fromEntries(await Promise.all(entities.map(async (e) => [e, await count(e)])))
        expect(after).toEqual(before)
        expect(again.publishableKey).toBe(store.publishableKey)
      })
    })
  },
})
