import { OtopStripeCardService, OtopStripePromptPayService } from "../../src/modules/stripe-payments/services"

/**
 * Our Stripe providers against Stripe's REAL test mode (the fake Stripe only proves what we send
 * and how we read its answers; this proves Stripe agrees). Runs only when STRIPE_TEST_SECRET_KEY
 * (an sk_test_ key) is set; otherwise it says SKIPPED and checks nothing. PromptPay needs a Thai
 * Stripe account (THB, PromptPay activated): STRIPE_TEST_PROMPTPAY=0 leaves that part out for
 * another account, again saying so.
 *   STRIPE_TEST_SECRET_KEY=sk_test_… EMBEDDED_PG_TEST_PORT=55473 npm run test:integration:http -- integration-tests/http/payments-stripe-live.spec.ts
 */
const KEY = process.env.STRIPE_TEST_SECRET_KEY?.trim()
jest.setTimeout(120 * 1000)

if (!KEY) {
  describe("Stripe providers against Stripe's test mode", () => {
    it("SKIPPED: no Stripe test key (set STRIPE_TEST_SECRET_KEY to run it)", () => {
      // eslint-disable-next-line no-console
      console.log("SKIPPED: no Stripe test key — payments-stripe-live.spec.ts checked nothing against Stripe (set STRIPE_TEST_SECRET_KEY=sk_test_…)")
    })
  })
} else {
  if (!KEY.startsWith("sk_test_")) throw new Error("STRIPE_TEST_SECRET_KEY must be a test-mode key (sk_test_…): this spec creates and refunds payments")
  // STRIPE_TEST_API_BASE only to dry-run this spec against the fake Stripe (scripts/lib/fake-stripe.mjs).
  const options = { apiKey: KEY, capture: false, paymentDescription: "OTOP Marketplace test", apiBase: process.env.STRIPE_TEST_API_BASE }
  const sessionId = (name: string) => `payses_live_${name}_${Date.now()}`

  describe("Stripe providers against Stripe's test mode", () => {
    it("cards: a declined test card is card_declined; a good one is authorised (manual capture), captured and refunded", async () => {
      const card = new OtopStripeCardService({}, options)
      const stripe = (card as any).stripe_
      const declined = await card.initiatePayment({ amount: 350.5, currency_code: "thb", data: { session_id: sessionId("declined") }, context: {} } as any)
      expect((declined.data as any).amount).toBe(35050)
      expect((declined.data as any).capture_method).toBe("manual")
      const error = await stripe.paymentIntents.confirm(declined.id, { payment_method: "pm_card_chargeDeclined" }).catch((e: any) => e)
      expect(error).toMatchObject({ type: "StripeCardError", code: "card_declined" })
      expect(await card.authorizePayment({ data: { id: declined.id } } as any)).toMatchObject({ status: "error" })
      await card.cancelPayment({ data: { id: declined.id }, context: {} } as any)

      const good = await card.initiatePayment({ amount: 350.5, currency_code: "thb", data: { session_id: sessionId("card") }, context: {} } as any)
      await stripe.paymentIntents.confirm(good.id, { payment_method: "pm_card_visa" })
      expect(await card.authorizePayment({ data: { id: good.id } } as any)).toMatchObject({ status: "authorized" })
      const captured = await card.capturePayment({ data: { id: good.id }, context: {} } as any)
      expect((captured.data as any).status).toBe("succeeded")
      await card.refundPayment({ amount: 350.5, data: { id: good.id, currency: "thb" }, context: {} } as any)
      const refunds = await stripe.refunds.list({ payment_intent: good.id })
      expect(refunds.data.map((r: any) => r.amount)).toEqual([35050])
    })

    const promptPayIt = process.env.STRIPE_TEST_PROMPTPAY === "0" ? it.skip : it
    if (process.env.STRIPE_TEST_PROMPTPAY === "0") {
      // eslint-disable-next-line no-console
      console.log("SKIPPED: PromptPay against Stripe (STRIPE_TEST_PROMPTPAY=0: the account cannot take PromptPay)")
    }
    promptPayIt("PromptPay: confirmed on the server, Stripe answers with a QR to show", async () => {
      const promptpay = new OtopStripePromptPayService({}, options)
      const started = await promptpay.initiatePayment({
        amount: 120,
        currency_code: "thb",
        data: { session_id: sessionId("promptpay"), confirm: true, payment_method_data: { type: "promptpay", billing_details: { email: "buyer@example.th" } } },
        context: {},
      } as any)
      const intent = started.data as any
      expect(intent).toMatchObject({ status: "requires_action", amount: 12000, currency: "thb", payment_method_types: ["promptpay"] })
      expect(intent.next_action.type).toBe("promptpay_display_qr_code")
      expect(intent.next_action.promptpay_display_qr_code).toMatchObject({ data: expect.any(String), image_url_png: expect.stringMatching(/^https?:\/\//), image_url_svg: expect.stringMatching(/^https?:\/\//) })
      await promptpay.cancelPayment({ data: { id: started.id }, context: {} } as any)
    })
  })
}
