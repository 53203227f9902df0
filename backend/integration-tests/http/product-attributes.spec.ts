import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { bearer, createGroup, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const product = async (handle: string, category: string) =>
      (await api.post("/producer/products", { handle, title: { th: handle }, category, status: "published", weight_g: 200, variants: [{ price: "990", stock: 2 }] }, bearer(world.token))).data.product

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      const owner = await signUpProducer(api, "attributes-owner@example.th")
      world.token = owner.token
      await createGroup(container, owner.producer_id, "460101") // Kalasin
      world.silk = await product("praewa-shawl", "textile-apparel")
      world.chili = await product("attr-chili", "food")
    })

    it("the store publishes the vocabularies with Thai and English labels", async () => {
      const { data } = await api.get("/store/vocabularies", { headers: { "x-publishable-api-key": world.store.publishableKey } })
      expect(data.technique.find((t: any) => t.code === "PRAEWA")).toMatchObject({ th: "แพรวา", en: "Praewa", family: "woven" })
      expect(data.soft_power).toHaveLength(11)
      expect(data.certification_schemes.find((s: any) => s.code === "fda_food")).toMatchObject({ number_example: "50-2-00162-2-0031" })
    })

    it("a textile carries typed fabric attributes, soft-power sectors and campaigns; setting again replaces them", async () => {
      const url = `/producer/products/${world.silk.id}/attributes`
      expect((await api.get(url, bearer(world.token))).data.attributes).toBeNull()
      const { data } = await api.post(
        url,
        {
          fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT"], dye: "NATURAL", fabric_type: "PRAEWA", royal_pattern: "KHO_SIRIVANNAVARI", hand_woven: true },
          soft_power: ["FASHION"],
          campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
        },
        bearer(world.token)
      )
      expect(data.attributes).toMatchObject({ fiber: "SILK", techniques: ["PRAEWA", "KHIT"], royal_pattern_year_be: 2564, hand_woven: true, soft_power: ["FASHION"] })
      const { data: again } = await api.post(url, { fabric: { fiber: "COTTON", techniques: ["MUDMEE"], dye: "INDIGO" }, soft_power: [] }, bearer(world.token))
      expect(again.attributes).toMatchObject({ id: data.attributes.id, fiber: "COTTON", techniques: ["MUDMEE"], royal_pattern: null, soft_power: [], campaigns: [] })
      // Linked to the product for the catalog and the admin.
      const query = getContainer().resolve("query")
      const { data: [linked] } = await query.graph({ entity: "product", fields: ["id", "product_attributes.fiber"], filters: { id: world.silk.id } })
      expect((linked as any).product_attributes.fiber).toBe("COTTON")
    })

    it("refuses values outside the vocabularies, fabric on a non-textile, and repeats — naming the field", async () => {
      const url = `/producer/products/${world.silk.id}/attributes`
      const cases: [unknown, RegExp][] = [
        [{ fabric: { fiber: "WOOL" } }, /^fabric\.fiber: one of SILK, COTTON/],
        [{ fabric: { fiber: "SILK", techniques: ["KHIT", "KHIT"] } }, /^fabric\.techniques\.1: 'KHIT' is listed twice/],
        [{ soft_power: ["MUAY_THAI_SPACE"] }, /^soft_power\.0: one of FOOD/],
        [{ fabric: { fiber: "SILK", royal_pattern: "CHABA_PATTANI" } }, /^fabric\.royal_pattern_year_be/],
        [{ colour: "red" }, /colour|Unrecognized/i],
      ]
      for (const [body, message] of cases) {
        const res = await fail(api.post(url, body, bearer(world.token)))
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
      }
      const food = await fail(api.post(`/producer/products/${world.chili.id}/attributes`, { fabric: { fiber: "SILK" } }, bearer(world.token)))
      expect(food.data.message).toMatch(/^fabric: only products in Textiles/)
      const ok = await api.post(`/producer/products/${world.chili.id}/attributes`, { soft_power: ["FOOD"], campaigns: ["OFOS"] }, bearer(world.token))
      expect(ok.data.attributes).toMatchObject({ fiber: null, soft_power: ["FOOD"], campaigns: ["OFOS"] })
    })
  },
})
