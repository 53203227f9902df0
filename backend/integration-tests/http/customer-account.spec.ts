import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BANGKOK_ADDRESS, bearer, eventually, PASSWORD, seedStoreWithTwoGroups } from "../helpers/actors"

jest.setTimeout(300 * 1000)

// The storefront account's routes: a buyer confirms one group's parcel at a time, and reads back
// their own reviews in every moderation state.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const store = (token?: string) => ({ headers: { "x-publishable-api-key": world.store.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) } })

    async function customer(email: string) {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: "สมศรี", last_name: "ใจดี" }, store(reg.token))
      return (await api.post("/auth/customer/emailpass", { email, password: PASSWORD })).data.token as string
    }

    beforeAll(async () => {
      const product = { price: "120.00", stock: 10 }
      Object.assign(world, await seedStoreWithTwoGroups(api, getContainer(), "account", { a: product, b: product }))
      world.buyer = await customer("account-buyer@example.th")
      world.stranger = await customer("account-stranger@example.th")

      // The buyer, signed in, buys from both groups; each group ships its part.
      const t = world.buyer
      const { data: c } = await api.post("/store/carts", { region_id: world.store.regionId, shipping_address: BANGKOK_ADDRESS }, store(t))
      for (const name of ["a", "b"]) await api.post(`/store/carts/${c.cart.id}/line-items`, { variant_id: world[name].product.variants[0].id, quantity: 1 }, store(t))
      const { data: so } = await api.get(`/store/shipping-options?cart_id=${c.cart.id}`, store(t))
      const byProfile = new Map<string, string>()
      for (const o of so.shipping_options) if (!byProfile.has(o.shipping_profile_id)) byProfile.set(o.shipping_profile_id, o.id)
      for (const option_id of byProfile.values()) await api.post(`/store/carts/${c.cart.id}/shipping-methods`, { option_id }, store(t))
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: c.cart.id }, store(t))
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store(t))
      const { data: done } = await api.post(`/store/carts/${c.cart.id}/complete`, {}, store(t))
      world.order = done.order
      for (const name of ["a", "b"]) {
        await eventually(async () => expect((await api.get(`/producer/orders/${done.order.id}`, bearer(world[name].token))).status).toBe(200))
        const { data } = await api.post(`/producer/orders/${done.order.id}/fulfillments`, { carrier: "ไปรษณีย์ไทย", tracking_number: `EF${name.toUpperCase()}000111222TH` }, bearer(world[name].token))
        world[name].fulfillmentId = data.order.fulfillments[0].id
      }
    })

    it("confirms one group's parcel at a time; only that group's product can be reviewed; the buyer reads their own reviews", async () => {
      const received = (body: unknown, token = world.buyer) => api.post(`/store/customers/me/orders/${world.order.id}/received`, body, store(token))
      const review = (name: string) => api.post(`/store/products/${world[name].product.id}/reviews`, { rating: 4, body: "ของดี ส่งไว แพ็กมาอย่างดี" }, store(world.buyer))
      const mine = async (query = "", token = world.buyer) => (await api.get(`/store/customers/me/reviews${query}`, store(token))).data.reviews

      expect(await mine()).toEqual([])
      expect((await fail(api.get("/store/customers/me/reviews", store()))).status).toBe(401)

      // Group a's parcel arrived; group b's is still on its way.
      const { data: first } = await received({ fulfillment_id: world.a.fulfillmentId })
      expect(first.delivered).toEqual([world.a.fulfillmentId])
      const again = await fail(received({ fulfillment_id: world.a.fulfillmentId }))
      expect(again.status).toBe(400)
      expect((await fail(received({ fulfillment_id: world.b.fulfillmentId }, world.stranger))).status).toBe(404)
      const { data: order } = await api.get(`/store/orders/${world.order.id}?fields=*fulfillments`, store(world.buyer))
      const deliveredAt = Object.fromEntries(order.order.fulfillments.map((f: any) => [f.id, f.delivered_at]))
      expect(deliveredAt[world.a.fulfillmentId]).toBeTruthy()
      expect(deliveredAt[world.b.fulfillmentId]).toBeNull()

      await review("a")
      expect((await fail(review("b"))).data.message).toMatch(/delivered/)

      const [written] = await mine()
      expect(written).toMatchObject({ product_id: world.a.product.id, order_id: world.order.id, status: "pending", rating: 4, moderation_reason: null })
      expect(await mine(`?order_id=${world.order.id}`)).toHaveLength(1)
      expect(await mine("?order_id=order_other")).toEqual([])
      expect(await mine(`?product_id=${world.b.product.id}`)).toEqual([])
      // Nobody else sees it as theirs.
      expect(await mine("", world.stranger)).toEqual([])

      // Without a parcel id, every parcel still on its way (group b's).
      const { data: rest } = await received({})
      expect(rest.delivered).toEqual([world.b.fulfillmentId])
      await review("b")
      expect((await mine()).map((r: any) => r.product_id).sort()).toEqual([world.a.product.id, world.b.product.id].sort())
    })
  },
})
