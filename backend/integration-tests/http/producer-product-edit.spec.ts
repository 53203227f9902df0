import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { bearer, checkout, createGroup, eventually, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

async function upload(api: any, token: string, name: string): Promise<string> {
  const form = new FormData()
  form.append("files", new Blob([PNG], { type: "image/png" }), name)
  const { data } = await api.post("/producer/uploads", form, bearer(token))
  return data.uploads[0].id
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      const { token, producer_id } = await signUpProducer(api, "edit-owner@example.th")
      world.token = token
      world.group = await createGroup(container, producer_id, "500101")
      const photos = [await upload(api, token, "front.png"), await upload(api, token, "back.png")]
      const { data } = await api.post(
        "/producer/products",
        {
          handle: "edit-me-scarf",
          title: { th: "ผ้าพันคอ", en: "Scarf" },
          category: "textile-apparel",
          status: "published",
          weight_g: 200,
          images: photos,
          option: { th: "สี", en: "Colour" },
          variants: [
            { option_value: { th: "แดง", en: "Red" }, price: "450", stock: 4 },
            { option_value: { th: "คราม", en: "Indigo" }, price: "520.50", stock: 2 },
          ],
        },
        bearer(token)
      )
      world.product = data.product
    })

    const edit = (body: unknown) =>
      api.post(`/producer/products/${world.product.id}`, body, bearer(world.token)).catch((e: any) => {
        if (!e.response) throw new Error(`${e.code ?? "request failed"}: ${e.message}`)
        const error: any = new Error(`${e.response.status}: ${JSON.stringify(e.response.data)}`)
        // Not enumerable: Jest workers send a failed test's error to the parent as JSON,
        // and an axios response is circular (it once hid a failure as "suite failed to run").
        Object.defineProperty(error, "response", { value: e.response, enumerable: false })
        throw error
      })
    const errorOf = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)

    it("edits content in Thai and English, reorders and adds pictures, and changes category and lead time", async () => {
      const urls = world.product.images.map((i: any) => i.url)
      const extra = await upload(api, world.token, "side.png")
      const { data } = await edit({
        title: { th: "ผ้าพันคอไหมมัดหมี่", en: "Mudmee silk scarf" },
        description: { th: "ทอมือ", en: "Hand-woven" },
        images: [urls[1], extra, urls[0]],
        made_to_order_days: 14,
      })
      expect(data.product.title).toBe("ผ้าพันคอไหมมัดหมี่")
      expect(data.product.description).toBe("ทอมือ")
      const ordered = [...data.product.images].sort((a: any, b: any) => a.rank - b.rank).map((i: any) => i.url)
      expect(ordered[0]).toBe(urls[1])
      expect(ordered[2]).toBe(urls[0])
      expect(ordered).toHaveLength(3)
      expect(data.product.thumbnail).toBe(urls[1])
      expect(data.product.metadata.made_to_order_days).toBe(14)

      // The English content reaches the store in English.
      const store = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      const { data: en } = await api.get(`/store/products?handle=edit-me-scarf&locale=en-US&fields=title,description`, store)
      expect(en.products[0]).toMatchObject({ title: "Mudmee silk scarf", description: "Hand-woven" })
    })

    it("changes prices and stock, adds a variant with a new value and removes one", async () => {
      // By title: the order in which the create answer lists variants is not guaranteed.
      const red = world.product.variants.find((v: any) => v.title === "แดง")
      const indigo = world.product.variants.find((v: any) => v.title === "คราม")
      const { data } = await edit({
        variants: [
          { id: red.id, option_value: { th: "แดง", en: "Red" }, price: "480.25", stock: 9 },
          { option_value: { th: "เขียว", en: "Green" }, price: "500", stock: 3, sku: "SCARF-GREEN" },
        ],
      })
      const byTitle = Object.fromEntries(data.product.variants.map((v: any) => [v.title, v]))
      expect(Object.keys(byTitle).sort()).toEqual(["เขียว", "แดง"])
      expect(byTitle["แดง"].prices.find((p: any) => p.currency_code === "thb").amount).toBe(480.25)
      expect(byTitle["แดง"].inventory_quantity).toBe(9)
      expect(byTitle["เขียว"]).toMatchObject({ sku: "SCARF-GREEN", inventory_quantity: 3 })
      expect(data.product.variants.map((v: any) => v.id)).not.toContain(indigo.id)
    })

    // Each test starts again from the database as beforeAll left it.
    it("stock set by the producer is what is left to sell: open orders keep their reservations", async () => {
      const red = world.product.variants.find((v: any) => v.title === "แดง")
      const { type } = await checkout(api, world.store.publishableKey, world.store.regionId, [red.id])
      expect(type).toBe("order")
      const { data } = await edit({
        variants: world.product.variants.map((v: any) => ({ id: v.id, option_value: { th: v.title }, price: "480.25", stock: 5 })),
      })
      expect(data.product.variants.find((v: any) => v.title === "แดง").inventory_quantity).toBe(5)
    })

    it("refuses bad edits with the field named, and changes nothing", async () => {
      const before = (await api.get(`/producer/products/${world.product.id}`, bearer(world.token))).data.product
      const cases: [unknown, RegExp][] = [
        [{ variants: [] }, /variants/],
        [{ variants: [{ id: "variant_not_mine", price: "10", stock: 1 }] }, /variants\.0\.id/],
        [{ images: ["https://elsewhere.example/x.png"] }, /images\.0/],
        [{ category: "cars" }, /category/],
        [{ handle: "renamed" }, /handle|Unrecognized/i],
        [{ variants: [{ option_value: { th: "ก" }, price: "-1", stock: 1 }, { option_value: { th: "ข" }, price: "1", stock: 1 }] }, /variants\.0\.price/],
        [{ variants: [{ option_value: { th: "ก" }, price: "10", stock: 1 }, { option_value: { th: "ก" }, price: "12", stock: 1 }] }, /used twice/],
      ]
      for (const [body, message] of cases) {
        const res = await errorOf(edit(body))
        expect([JSON.stringify(body), res.status >= 400 && res.status < 500]).toEqual([JSON.stringify(body), true])
        expect(res.data.message).toMatch(message)
      }
      const after = (await api.get(`/producer/products/${world.product.id}`, bearer(world.token))).data.product
      expect(after.variants.map((v: any) => [v.id, v.inventory_quantity])).toEqual(before.variants.map((v: any) => [v.id, v.inventory_quantity]))
      expect(after.title).toBe(before.title)
    })

    it("archives a product: it leaves the store, stays for past orders, and can be published again", async () => {
      const store = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      await api.delete(`/producer/products/${world.product.id}`, bearer(world.token))
      const gone = await api.get(`/store/products?handle=edit-me-scarf`, store)
      expect(gone.data.products).toEqual([])
      const { data } = await api.get(`/producer/products/${world.product.id}`, bearer(world.token))
      expect(data.product.metadata.archived_at).toBeTruthy()
      await edit({ status: "published" })
      await eventually(async () => {
        const back = await api.get(`/store/products?handle=edit-me-scarf`, store)
        expect(back.data.products).toHaveLength(1)
      })
    })
  },
})
