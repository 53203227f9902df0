import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { runSeed } from "../../src/seed"
import { REVIEW_MODULE } from "../../src/modules/review"
import { BANGKOK_ADDRESS, bearer, createGroup, createProducerProduct, eventually, PASSWORD, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const store = (token?: string) => ({ headers: { "x-publishable-api-key": world.store.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) } })

    async function customer(email: string, first_name: string, last_name: string) {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name, last_name }, store(reg.token))
      const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
      return data.token as string
    }

    /** A signed-in customer buys the product; the group ships it. */
    async function buyAndShip(token: string, variantId: string) {
      const { data: c } = await api.post("/store/carts", { region_id: world.store.regionId, shipping_address: BANGKOK_ADDRESS }, store(token))
      await api.post(`/store/carts/${c.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store(token))
      const { data: so } = await api.get(`/store/shipping-options?cart_id=${c.cart.id}`, store(token))
      await api.post(`/store/carts/${c.cart.id}/shipping-methods`, { option_id: so.shipping_options[0].id }, store(token))
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: c.cart.id }, store(token))
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store(token))
      const { data: done } = await api.post(`/store/carts/${c.cart.id}/complete`, {}, store(token))
      await eventually(async () => expect((await api.get(`/producer/orders/${done.order.id}`, bearer(world.producer.token))).status).toBe(200))
      await api.post(`/producer/orders/${done.order.id}/fulfillments`, { carrier: "ไปรษณีย์ไทย", tracking_number: "EF111222333TH" }, bearer(world.producer.token))
      return done.order
    }

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      world.producer = await signUpProducer(api, "review-owner@example.th")
      await createGroup(container, world.producer.producer_id, "500101")
      world.product = await createProducerProduct(api, world.producer.token, "review-tea", "180.00", 10)
      world.other = await signUpProducer(api, "review-other@example.th")
      await createGroup(container, world.other.producer_id, "320101")
      world.buyer = await customer("buyer-review@example.th", "สมศรี", "ใจดี")
      world.stranger = await customer("stranger@example.th", "สมชาย", "ไม่เคยซื้อ")
      world.order = await buyAndShip(world.buyer, world.product.variants[0].id)
      await api.post("/auth/user/emailpass/register", { email: "moderator@example.th", password: PASSWORD })
      const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ provider_identities: { entity_id: "moderator@example.th" } } as any)
      await createUserAccountWorkflow(container).run({ input: { authIdentityId: identity.id, userData: { email: "moderator@example.th" } } })
      world.admin = (await api.post("/auth/user/emailpass", { email: "moderator@example.th", password: PASSWORD })).data.token
    })

    const review = (token: string, body: unknown) => api.post(`/store/products/${world.product.id}/reviews`, body, store(token))

    it("only a buyer with a delivered order reviews; moderation publishes it; the summary follows every change", async () => {
      const early = await fail(review(world.buyer, { rating: 5, body: "ชาหอมมาก ชงแล้วชื่นใจ" }))
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/delivered/)
      expect((await fail(review(world.stranger, { rating: 1, body: "ไม่เคยซื้อแต่อยากรีวิว" }))).status).toBe(400)
      expect((await fail(api.post(`/store/products/${world.product.id}/reviews`, { rating: 5, body: "ไม่ได้เข้าสู่ระบบ" }, store()))).status).toBe(401)

      // The buyer confirms the parcel arrived.
      const { data: received } = await api.post(`/store/customers/me/orders/${world.order.id}/received`, {}, store(world.buyer))
      expect(received.delivered).toHaveLength(1)
      expect((await fail(api.post(`/store/customers/me/orders/${world.order.id}/received`, {}, store(world.stranger)))).status).toBe(404)

      const bad = await fail(review(world.buyer, { rating: 6, body: "สั้น" }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/rating/)

      const { data: written } = await review(world.buyer, { rating: 4, title: "หอมดี", body: "ชาหอมมาก ชงแล้วชื่นใจ ส่งไว" })
      expect(written.review).toMatchObject({ status: "pending", rating: 4, display_name: "สมศรี ใ." })
      const pub = async () => (await api.get(`/store/products/${world.product.id}/reviews`, store())).data
      expect((await pub()).rating).toEqual({ average: null, count: 0 })

      const noReason = await fail(api.post(`/admin/reviews/${written.review.id}`, { status: "rejected" }, bearer(world.admin)))
      expect(noReason.data.message).toMatch(/^reason/)
      const { data: queue } = await api.get("/admin/reviews?status=pending", bearer(world.admin))
      expect(queue.reviews.map((r: any) => r.id)).toEqual([written.review.id])
      await api.post(`/admin/reviews/${written.review.id}`, { status: "published" }, bearer(world.admin))
      expect((await pub())).toMatchObject({ count: 1, rating: { average: 4, count: 1 } })

      // Editing is allowed (one review per buyer and product) and goes back to moderation.
      const { data: edited } = await review(world.buyer, { rating: 5, body: "ซื้อซ้ำแล้ว ชาหอมเหมือนเดิม" })
      expect(edited.review).toMatchObject({ id: written.review.id, status: "pending", rating: 5 })
      expect((await pub()).rating).toEqual({ average: null, count: 0 })
      // The catalog follows the edit too (the review is out of the average until approved again).
      const catalogCount = async () => {
        const rows = await (getContainer().resolve("catalog") as any).listCatalogEntries({ product_id: world.product.id })
        return rows[0]?.rating_count
      }
      await eventually(async () => expect(await catalogCount()).toBe(0))
      await api.post(`/admin/reviews/${written.review.id}`, { status: "published" }, bearer(world.admin))
      expect((await pub()).rating).toEqual({ average: 5, count: 1 })
      await eventually(async () => expect(await catalogCount()).toBe(1))
      const all = await (getContainer().resolve(REVIEW_MODULE) as any).listReviews({ product_id: world.product.id })
      expect(all).toHaveLength(1)

      // The group answers once, publicly; another group cannot.
      const { data: mine } = await api.get("/producer/reviews", bearer(world.producer.token))
      expect(mine.reviews.map((r: any) => r.id)).toEqual([written.review.id])
      expect((await fail(api.post(`/producer/reviews/${written.review.id}/reply`, { body: "ขอบคุณค่ะ" }, bearer(world.other.token)))).status).toBe(404)
      await api.post(`/producer/reviews/${written.review.id}/reply`, { body: "ขอบคุณที่อุดหนุนค่ะ" }, bearer(world.producer.token))
      expect((await pub()).reviews[0]).toMatchObject({ reply_body: "ขอบคุณที่อุดหนุนค่ะ", body: "ซื้อซ้ำแล้ว ชาหอมเหมือนเดิม" })
      expect(JSON.stringify((await pub()).reviews[0])).not.toContain("buyer-review@example.th")
    })
  },
})
