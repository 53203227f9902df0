import { startFakeStripe, FAKE_STRIPE_SECRET_KEY, FAKE_WEBHOOK_SECRET, type FakeStripe } from "../../../../integration-tests/helpers/fake-stripe"
import { Stripe } from "../client"
import { OtopStripeCardService, OtopStripePromptPayService } from "../services"

/**
 * Our provider is Medusa's Stripe services pointed at `apiBase`: the real stripe SDK (the version
 * @medusajs/payment-stripe uses) sends its real requests to the loopback fake Stripe.
 */
jest.setTimeout(60_000)

describe("Stripe providers against the fake Stripe", () => {
  let fake: FakeStripe
  const options = () => ({ apiKey: FAKE_STRIPE_SECRET_KEY, webhookSecret: FAKE_WEBHOOK_SECRET, apiBase: fake.url, capture: false })
  beforeAll(async () => {
    fake = await startFakeStripe()
  })
  afterAll(() => fake?.stop())
  beforeEach(() => fake.reset())

  it("PromptPay: the SDK's form body (satang, thb, promptpay, confirmed with the email) and the QR it gets back", async () => {
    const promptpay = new OtopStripePromptPayService({}, options())
    const started = await promptpay.initiatePayment({
      amount: 350.5,
      currency_code: "thb",
      data: { session_id: "payses_01", confirm: true, payment_method_data: { type: "promptpay", billing_details: { email: "buyer@example.th" } } },
      context: { idempotency_key: "idem_1" },
    } as any)
    expect(started.status).toBe("requires_more")
    expect((started.data as any).next_action.promptpay_display_qr_code.image_url_svg).toContain(fake.url)

    const [create] = await fake.requests()
    expect(create.method).toBe("POST")
    expect(create.path).toBe("/v1/payment_intents")
    expect(decodeURIComponent(create.body)).toBe(
      "amount=35050&currency=thb&metadata[session_id]=payses_01&capture_method=automatic&payment_method_types[0]=promptpay" +
        "&payment_method_data[type]=promptpay&payment_method_data[billing_details][email]=buyer@example.th&confirm=true&expand[0]=payment_method"
    )
    expect(create.headers["idempotency-key"]).toBe("idem_1")
    expect(create.headers.authorization).toBe(`Bearer ${FAKE_STRIPE_SECRET_KEY}`)
    expect(create.headers["user-agent"]).toMatch(/^Stripe\/v1 NodeBindings\/15\./)

    // The customer pays: the signed webhook maps to a captured payment of the session.
    const { payment_intent } = await fake.control(`/payment_intents/${started.id}/succeed`, { send_webhook: false })
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "payment_intent.succeeded", data: { object: payment_intent } })
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: FAKE_WEBHOOK_SECRET })
    await expect(promptpay.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": signature } } as any)).resolves.toEqual({
      action: "captured",
      data: { session_id: "payses_01", amount: 350.5 },
    })
    await expect(
      promptpay.getWebhookActionAndData({ data: {}, rawData: Buffer.from(payload.replace("35050", "35051")), headers: { "stripe-signature": signature } } as any)
    ).rejects.toThrow(/No signatures found/)
  })

  it("cards: authorised at confirm (manual capture), captured and refunded in satang", async () => {
    const card = new OtopStripeCardService({}, options())
    const started = await card.initiatePayment({ amount: 1290.5, currency_code: "thb", data: { session_id: "payses_02" }, context: { idempotency_key: "idem_2" } } as any)
    expect(started.status).toBe("pending")
    const [create] = await fake.requests()
    expect(create.form).toMatchObject({ amount: "129050", currency: "thb", capture_method: "manual", metadata: { session_id: "payses_02" } })
    expect(create.form.payment_method_types).toBeUndefined()

    const declined = await (card as any).stripe_.paymentIntents.confirm(started.id, { payment_method: "pm_card_chargeDeclined" }).catch((e: any) => e)
    expect(declined).toMatchObject({ type: "StripeCardError", code: "card_declined", statusCode: 402 })
    expect(await card.authorizePayment({ data: started.data } as any)).toMatchObject({ status: "error" })

    await (card as any).stripe_.paymentIntents.confirm(started.id, { payment_method: "pm_card_visa" })
    expect(await card.authorizePayment({ data: started.data } as any)).toMatchObject({ status: "authorized" })
    const captured = await card.capturePayment({ data: { id: started.id }, context: { idempotency_key: "cap_1" } } as any)
    expect((captured.data as any).status).toBe("succeeded")
    await card.refundPayment({ amount: 100.25, data: { id: started.id, currency: "thb" }, context: { idempotency_key: "ref_1" } } as any)
    const refund = (await fake.requests()).find((r) => r.path === "/v1/refunds")!
    expect(refund.form).toEqual({ amount: "10025", payment_intent: started.id })
  })
})
