import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runSeed } from "../../src/seed"
import { syncRegionPaymentProviders } from "../../src/seed/thai-store"
import { BANGKOK_ADDRESS, bearer, checkout, eventually, seedStoreWithTwoGroups } from "../helpers/actors"
import { FAKE_STRIPE_SECRET_KEY, FAKE_WEBHOOK_SECRET, startFakeStripe, type FakeStripe } from "../helpers/fake-stripe"

/**
 * Stripe cards and PromptPay through the whole app, against the loopback fake Stripe: the app's
 * real stripe SDK builds the requests, and webhooks are signed with the real
 * Stripe.webhooks.generateTestHeaderString and go through Medusa's /hooks/payment route, its
 * subscriber and processPaymentWorkflow. Medusa delays webhook processing by 5 s (its payment
 * module offers no option to lower it in 2.21), so the webhook tests wait for their effect.
 */

jest.setTimeout(300 * 1000)
// Same SDK as @medusajs/payment-stripe's (nested under it).
const Stripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe/package.json")] }))

const env: Record<string, string> = {
  STRIPE_API_KEY: FAKE_STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
  PAYMENT_TEST_MODE: "1",
}
let fake: FakeStripe
const savedEnv = { ...process.env }
// Runs before the app boots (top-level hooks run before the runner's own). The runner loads
// medusa-config before it applies `env`, so the variables go into process.env here.
beforeAll(async () => {
  fake = await startFakeStripe()
  env.STRIPE_API_BASE = fake.url
  Object.assign(process.env, env)
})
afterAll(async () => {
  for (const key of Object.keys(env)) if (savedEnv[key] === undefined) delete process.env[key]
  Object.assign(process.env, savedEnv)
  await fake?.stop()
})

const WEBHOOK_PATH = "/hooks/payment/stripe_stripe"
const WEBHOOK_WAIT_MS = 9_000 // Medusa's 5 s delay + processing

medusaIntegrationTestRunner({
  inApp: true,
  env,
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const headers = () => ({ headers: { "x-publishable-api-key": world.store.publishableKey } })
    const sdk = () => {
      const u = new URL(fake.url)
      return new Stripe(FAKE_STRIPE_SECRET_KEY, { host: u.hostname, port: u.port, protocol: "http" })
    }

    beforeAll(async () => {
      Object.assign(world, await seedStoreWithTwoGroups(api, getContainer(), "pay", { a: { price: "350.50", stock: 5 }, b: { price: "120.00", stock: 1 } }))
      await fake.configure({ webhook_url: `${api.defaults.baseURL}${WEBHOOK_PATH}`, webhook_secret: FAKE_WEBHOOK_SECRET })
    })

    beforeEach(async () => {
      await fake.reset()
    })

    /** A guest cart ready to pay: email, Bangkok address, the variants, one shipping method per group. */
    async function readyCart(variantIds: string[]) {
      const { data: c } = await api.post("/store/carts", { region_id: world.store.regionId, email: "buyer@example.th", shipping_address: BANGKOK_ADDRESS }, headers())
      const cartId = c.cart.id
      for (const variant_id of variantIds) await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 }, headers())
      const { data: so } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers())
      const byProfile = new Map<string, any>()
      for (const option of so.shipping_options) if (!byProfile.has(option.shipping_profile_id)) byProfile.set(option.shipping_profile_id, option)
      for (const option of byProfile.values()) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers())
      const { data } = await api.get(`/store/carts/${cartId}`, headers())
      return data.cart
    }
    const status = async (cartId: string) => (await api.get(`/store/carts/${cartId}/payment-status`, headers())).data
    const promptpay = (cartId: string, email = "buyer@example.th") =>
      api.post(`/store/carts/${cartId}/promptpay`, { email }, headers()).catch((e: any) => e.response)
    const ordersOfCart = async (cartId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((l: any) => l.order_id)
    }
    const postWebhook = (payload: string, signature: string) =>
      api.post(WEBHOOK_PATH, payload, { headers: { "content-type": "application/json", "stripe-signature": signature }, transformRequest: [(d: any) => d] })
    const eventFor = (pi: any, type = "payment_intent.succeeded") =>
      JSON.stringify({ id: `evt_test_${Date.now()}`, object: "event", api_version: "2024-04-10", created: Math.floor(Date.now() / 1000), data: { object: pi }, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type })

    it("the Thai region offers Stripe cards, PromptPay and (test mode) the test payment, and follows the configuration", async () => {
      const ids = async () =>
        (await api.get(`/store/payment-providers?region_id=${world.store.regionId}`, headers())).data.payment_providers.map((p: any) => p.id).sort()
      expect(await ids()).toEqual(["pp_stripe-promptpay_stripe", "pp_stripe_stripe", "pp_system_default"])

      const container = getContainer()
      const saved = { ...process.env }
      try {
        // Test mode off: Stripe only. Running the sync again changes nothing.
        delete process.env.PAYMENT_TEST_MODE
        expect(await syncRegionPaymentProviders(container)).toBe(true)
        expect(await ids()).toEqual(["pp_stripe-promptpay_stripe", "pp_stripe_stripe"])
        expect(await syncRegionPaymentProviders(container)).toBe(false)
        // No Stripe key: only the offline test payment (what a seed without Stripe gives too).
        delete process.env.STRIPE_API_KEY
        expect(await syncRegionPaymentProviders(container)).toBe(true)
        expect(await ids()).toEqual(["pp_system_default"])
        // The whole seed/start path is idempotent and brings them back in line.
        Object.assign(process.env, saved)
        await runSeed(container, { demo: false })
        expect(await ids()).toEqual(["pp_stripe-promptpay_stripe", "pp_stripe_stripe", "pp_system_default"])
      } finally {
        Object.assign(process.env, saved)
      }
    })

    it("PromptPay: a QR for the cart's amount in satang, reused while valid; status awaits payment", async () => {
      const cart = await readyCart([world.a.product.variants[0].id])
      const res = await promptpay(cart.id, "Buyer@Example.th")
      expect(res.status).toBe(200)
      expect(res.data).toEqual({
        payment_intent_id: expect.stringMatching(/^pi_/),
        status: "requires_action",
        qr: {
          data: expect.any(String),
          image_url_svg: expect.stringContaining(".svg"),
          image_url_png: expect.stringContaining(".png"),
          expires_at: expect.any(Number),
        },
      })
      expect(res.data.qr.expires_at).toBeGreaterThan(Date.now() / 1000)

      const creates = (await fake.requests()).filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")
      expect(creates).toHaveLength(1)
      const total = Math.round(Number(cart.total) * 100) // 350.50 + ฿45 shipping, VAT included
      expect(total).toBe(35050 + 4500)
      expect(creates[0].form).toMatchObject({
        amount: String(total),
        currency: "thb",
        capture_method: "automatic",
        confirm: "true",
        payment_method_types: ["promptpay"],
        payment_method_data: { type: "promptpay", billing_details: { email: "buyer@example.th" } },
        metadata: { session_id: expect.stringMatching(/^payses_/) },
      })
      expect(creates[0].body).toContain("payment_method_types[0]=promptpay")
      expect(creates[0].headers.authorization).toBe(`Bearer ${FAKE_STRIPE_SECRET_KEY}`)
      expect(creates[0].headers["idempotency-key"]).toBe(creates[0].form.metadata.session_id)

      // Asking again (a reload) shows the same QR: no second intent.
      const again = await promptpay(cart.id)
      expect(again.data.payment_intent_id).toBe(res.data.payment_intent_id)
      expect((await fake.intents())).toHaveLength(1)
      expect(await status(cart.id)).toEqual({ status: "awaiting_payment", order_id: null })

      const bad = await promptpay(cart.id, "not-an-email")
      expect(bad.status).toBe(400)
      // Bad input and unknown carts answer in the payment errors' shape too.
      expect(bad.data).toEqual({ code: "invalid_data", message: expect.stringContaining("email") })
      const unknown = await promptpay("cart_01UNKNOWN000000000000000000")
      expect([unknown.status, unknown.data]).toEqual([404, { code: "not_found", message: expect.stringContaining("cart_01UNKNOWN") }])
      const malformed = await api.get("/store/carts/not-a-cart/payment-status", headers()).catch((e: any) => e.response)
      expect([malformed.status, malformed.data]).toEqual([400, { code: "invalid_data", message: expect.stringContaining("cart id") }])
      const missing = await api.get("/store/carts/cart_01UNKNOWN000000000000000000/payment-status", headers()).catch((e: any) => e.response)
      expect([missing.status, missing.data.code]).toEqual([404, "not_found"])
    })

    it("a signed payment_intent.succeeded webhook completes the order exactly once, even sent twice (the tab was closed)", async () => {
      const cart = await readyCart([world.a.product.variants[0].id, world.b.product.variants[0].id])
      const { data: qr } = await promptpay(cart.id)
      expect(await status(cart.id)).toMatchObject({ status: "awaiting_payment", order_id: null })

      // The customer pays in the bank app; Stripe sends the webhook; nobody calls complete.
      const paid = await fake.control(`/payment_intents/${qr.payment_intent_id}/succeed`)
      expect(paid.webhook.status).toBe(200)
      const order_id = await eventually(async () => {
        const s = await status(cart.id)
        expect(s.status).toBe("paid")
        expect(s.order_id).toMatch(/^order_/)
        return s.order_id
      }, 30_000)
      // Stripe delivers again (at least once): nothing more happens.
      const resent = await fake.control(`/webhooks/resend/${paid.webhook.event_id}`)
      expect(resent.webhook.status).toBe(200)
      await new Promise((r) => setTimeout(r, WEBHOOK_WAIT_MS))
      expect(await ordersOfCart(cart.id)).toEqual([order_id])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["id", "email", "total", "items.id", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.provider_id"],
        filters: { id: order_id },
      })
      expect(order.items).toHaveLength(2)
      const payments = order.payment_collections.flatMap((c: any) => c.payments)
      expect(payments).toHaveLength(1)
      expect(payments[0]).toMatchObject({ provider_id: "pp_stripe-promptpay_stripe", captured_at: expect.anything() })
      expect(await fake.refunds()).toEqual([])
      expect(await status(cart.id)).toEqual({ status: "paid", order_id })
    })

    it("tampered, stale or wrongly signed webhooks change nothing; the genuine one then does", async () => {
      const cart = await readyCart([world.a.product.variants[0].id])
      const { data: qr } = await promptpay(cart.id)
      const { payment_intent: pi } = await fake.control(`/payment_intents/${qr.payment_intent_id}/succeed`, { send_webhook: false })

      const genuine = eventFor(pi)
      const tampered = genuine.replace(`"amount":${pi.amount}`, `"amount":${pi.amount + 100}`)
      expect(tampered).not.toBe(genuine)
      const signedGenuine = Stripe.webhooks.generateTestHeaderString({ payload: genuine, secret: FAKE_WEBHOOK_SECRET })
      const stale = Stripe.webhooks.generateTestHeaderString({ payload: genuine, secret: FAKE_WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 })
      const wrongSecret = Stripe.webhooks.generateTestHeaderString({ payload: genuine, secret: "whsec_someone_else" })
      for (const [payload, signature] of [[tampered, signedGenuine], [genuine, stale], [genuine, wrongSecret], [genuine, "t=1,v1=deadbeef"]]) {
        const res = await postWebhook(payload, signature)
        expect(res.status).toBe(200) // Medusa's route answers 200 and verifies later: assert on the effect
      }
      await new Promise((r) => setTimeout(r, WEBHOOK_WAIT_MS))
      expect(await ordersOfCart(cart.id)).toEqual([])
      expect(await status(cart.id)).toEqual({ status: "paid", order_id: null }) // Stripe has the money, no order yet

      await postWebhook(genuine, signedGenuine)
      const s = await eventually(async () => {
        const s = await status(cart.id)
        expect(s.order_id).toMatch(/^order_/)
        return s
      }, 30_000)
      expect(await ordersOfCart(cart.id)).toEqual([s.order_id])
    })

    it("a sold-out item is refused before the QR: out_of_stock naming it, nothing charged (nor for an unfinished checkout)", async () => {
      // No shipping method chosen for group B yet.
      const { data: c } = await api.post("/store/carts", { region_id: world.store.regionId, email: "buyer@example.th", shipping_address: BANGKOK_ADDRESS }, headers())
      await api.post(`/store/carts/${c.cart.id}/line-items`, { variant_id: world.b.product.variants[0].id, quantity: 1 }, headers())
      const unfinished = await promptpay(c.cart.id)
      expect(unfinished.status).toBe(400)
      expect(unfinished.data).toMatchObject({ code: "checkout_incomplete", message: expect.stringContaining("shipping method") })

      const cart = await readyCart([world.a.product.variants[0].id, world.b.product.variants[0].id])
      // Someone else buys group B's last item with the test payment.
      const other = await checkout(api, world.store.publishableKey, world.store.regionId, [world.b.product.variants[0].id])
      expect(other.type).toBe("order")

      const res = await promptpay(cart.id)
      expect(res.status).toBe(409)
      expect(res.data).toMatchObject({
        code: "out_of_stock",
        message: expect.stringContaining("pay-product-b"),
        items: [expect.objectContaining({ variant_id: world.b.product.variants[0].id, requested: 1, available: 0 })],
      })
      expect(await fake.intents()).toEqual([])
    })

    it("a closed group or an archived product is refused before the QR too (the cart page's rules), nothing charged", async () => {
      const cart = await readyCart([world.a.product.variants[0].id])
      const DAY = 24 * 60 * 60 * 1000
      await api.post("/producer/group", { closed_from: new Date(Date.now() - DAY).toISOString(), closed_until: new Date(Date.now() + 7 * DAY).toISOString() }, bearer(world.a.token))
      const closed = await promptpay(cart.id)
      expect([closed.status, closed.data]).toEqual([409, { code: "group_closed", message: expect.stringContaining("is closed until") }])
      await api.post("/producer/group", { closed_from: null, closed_until: null }, bearer(world.a.token))

      await api.delete(`/producer/products/${world.a.product.id}`, bearer(world.a.token))
      const archived = await promptpay(cart.id)
      expect(archived.status).toBe(409)
      expect(archived.data).toMatchObject({
        code: "out_of_stock",
        items: [expect.objectContaining({ variant_id: world.a.product.variants[0].id, requested: 1, available: 0 })],
      })
      expect(await fake.intents()).toEqual([])
    })

    it("sold out while the QR was shown, then paid: the payment is refunded through Stripe, no order, and the cart says why", async () => {
      const cart = await readyCart([world.b.product.variants[0].id])
      const { data: qr } = await promptpay(cart.id)
      const other = await checkout(api, world.store.publishableKey, world.store.regionId, [world.b.product.variants[0].id])
      expect(other.type).toBe("order")

      await fake.control(`/payment_intents/${qr.payment_intent_id}/succeed`)
      const refunds = await eventually(async () => {
        const refunds = await fake.refunds()
        expect(refunds).toHaveLength(1)
        return refunds
      }, 30_000)
      const pi = (await fake.intents()).find((p) => p.id === qr.payment_intent_id)
      expect(refunds[0]).toMatchObject({ payment_intent: qr.payment_intent_id, amount: pi.amount_received, status: "succeeded" })
      expect(await ordersOfCart(cart.id)).toEqual([])
      expect(await status(cart.id)).toMatchObject({ status: "failed", order_id: null, code: "out_of_stock", message: expect.stringContaining("refunded") })
    })

    it("payment status: an expired QR says qr_expired, and asking again gives a new QR", async () => {
      const cart = await readyCart([world.a.product.variants[0].id])
      const { data: first } = await promptpay(cart.id)
      await fake.control(`/payment_intents/${first.payment_intent_id}/expire`)
      expect(await status(cart.id)).toMatchObject({ status: "expired", order_id: null, code: "qr_expired" })

      const { data: second } = await promptpay(cart.id)
      expect(second.payment_intent_id).not.toBe(first.payment_intent_id)
      expect(await status(cart.id)).toEqual({ status: "awaiting_payment", order_id: null })
      // The replaced intent was cancelled at Stripe.
      expect((await fake.intents()).find((p) => p.id === first.payment_intent_id).status).toBe("canceled")
    })

    it("cards: a declined card says card_declined and places no order; a good card is authorised, ordered, then captured", async () => {
      const cart = await readyCart([world.a.product.variants[0].id])
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers())
      const { data: ps } = await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, headers())
      const session = ps.payment_collection.payment_sessions.find((s: any) => s.provider_id === "pp_stripe_stripe")
      const piId = session.data.id
      const create = (await fake.requests()).find((r) => r.method === "POST" && r.path === "/v1/payment_intents")!
      expect(create.form).toMatchObject({ amount: String(35050 + 4500), currency: "thb", capture_method: "manual" })

      // What Stripe.js does in the browser with the Payment Element.
      const declined = await sdk().paymentIntents.confirm(piId, { payment_method: "pm_card_chargeDeclined" }).catch((e: any) => e)
      expect(declined.type).toBe("StripeCardError")
      expect(await status(cart.id)).toMatchObject({ status: "failed", code: "card_declined", order_id: null })
      expect(await ordersOfCart(cart.id)).toEqual([])

      const ok = await sdk().paymentIntents.confirm(piId, { payment_method: "pm_card_visa" })
      expect(ok.status).toBe("requires_capture")
      expect(await status(cart.id)).toMatchObject({ status: "paid", order_id: null })
      const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, headers())
      expect(done.type).toBe("order")
      // Captured once the order exists.
      await eventually(async () => {
        expect((await fake.intents()).find((p) => p.id === piId).status).toBe("succeeded")
      }, 20_000)
      expect(await status(cart.id)).toEqual({ status: "paid", order_id: done.order.id })
    })
  },
})
