/**
 * Options of our Stripe provider: @medusajs/payment-stripe's own (camelCase, the names its code
 * reads; the docs' snake_case ones are ignored) plus `apiBase`, where the API is reached.
 */
export type OtopStripeOptions = {
  apiKey: string
  webhookSecret?: string
  /** Cards: false = authorise at confirm, capture when the order is placed (see subscribers/capture-card-payments). */
  capture?: boolean
  paymentDescription?: string
  automaticPaymentMethods?: boolean
  /** e.g. http://127.0.0.1:12111 for the loopback fake Stripe; unset = Stripe itself. */
  apiBase?: string
}

export const STRIPE_CARD_PROVIDER_ID = "pp_stripe_stripe"
export const STRIPE_PROMPTPAY_PROVIDER_ID = "pp_stripe-promptpay_stripe"
export const SYSTEM_PROVIDER_ID = "pp_system_default"

/**
 * The payment providers the Thai region offers, from the configuration: the offline test payment
 * alone without Stripe; Stripe cards and PromptPay with it (and the test payment too only in
 * PAYMENT_TEST_MODE=1, so automated checkouts still have a payment that needs no bank). Never
 * Stripe's European methods (Bancontact, iDEAL, …), which the provider package also registers.
 */
export function regionPaymentProviderIds(env: Record<string, string | undefined>): string[] {
  if (!env.STRIPE_API_KEY) return [SYSTEM_PROVIDER_ID]
  return [STRIPE_CARD_PROVIDER_ID, STRIPE_PROMPTPAY_PROVIDER_ID, ...(env.PAYMENT_TEST_MODE === "1" ? [SYSTEM_PROVIDER_ID] : [])]
}
