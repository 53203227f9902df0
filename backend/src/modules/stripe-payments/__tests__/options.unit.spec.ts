import path from "node:path"
import { regionPaymentProviderIds } from "../options"

// npm start compares the database with its own copy of the rule (plain JS, no build).
const startRule = require(path.resolve(__dirname, "../../../../../scripts/lib/region-payment-providers.cjs")).regionPaymentProviderIds

describe("the Thai region's payment providers", () => {
  const cases: [Record<string, string | undefined>, string[]][] = [
    [{}, ["pp_system_default"]],
    [{ PAYMENT_TEST_MODE: "1" }, ["pp_system_default"]],
    [{ STRIPE_API_KEY: "sk_test_x" }, ["pp_stripe_stripe", "pp_stripe-promptpay_stripe"]],
    [{ STRIPE_API_KEY: "sk_test_x", PAYMENT_TEST_MODE: "1" }, ["pp_stripe_stripe", "pp_stripe-promptpay_stripe", "pp_system_default"]],
    [{ STRIPE_API_KEY: "sk_test_x", PAYMENT_TEST_MODE: "0" }, ["pp_stripe_stripe", "pp_stripe-promptpay_stripe"]],
  ]
  it.each(cases)("%j → %j (and npm start agrees)", (env, ids) => {
    expect(regionPaymentProviderIds(env)).toEqual(ids)
    expect(startRule(env)).toEqual(ids)
  })
  it("never offers Stripe's European methods", () => {
    expect(regionPaymentProviderIds({ STRIPE_API_KEY: "sk_test_x", PAYMENT_TEST_MODE: "1" }).some((id) => /bancontact|ideal|giropay|blik|przelewy24|oxxo/.test(id))).toBe(false)
  })
})
