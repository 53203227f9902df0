// Which payment providers the Thai region offers, for `npm start` (it compares the database with
// this before starting). Same rule as backend/src/modules/stripe-payments/options.ts
// regionPaymentProviderIds; that module's unit test checks the two agree.
exports.regionPaymentProviderIds = function regionPaymentProviderIds(env) {
  if (!env.STRIPE_API_KEY) return ["pp_system_default"]
  return ["pp_stripe_stripe", "pp_stripe-promptpay_stripe", ...(env.PAYMENT_TEST_MODE === "1" ? ["pp_system_default"] : [])]
}
