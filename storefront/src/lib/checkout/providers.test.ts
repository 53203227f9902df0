import { paymentChoices } from "./providers"

describe("paymentChoices", () => {
  it("offers only the test payment when Stripe is not configured", () => {
    expect(paymentChoices(["pp_system_default"], false)).toEqual(["system"])
  })

  it("offers PromptPay, card and the test payment in that order when all are there", () => {
    expect(paymentChoices(["pp_system_default", "pp_stripe_stripe", "pp_stripe-promptpay_stripe"], true)).toEqual(["promptpay", "card", "system"])
  })

  it("leaves card out without a publishable key for Stripe.js, and ignores unknown providers", () => {
    expect(paymentChoices(["pp_stripe_stripe", "pp_stripe-promptpay_stripe", "pp_other"], false)).toEqual(["promptpay"])
  })
})
