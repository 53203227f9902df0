export const SYSTEM_PROVIDER = "pp_system_default"
export const CARD_PROVIDER = "pp_stripe_stripe"
export const PROMPTPAY_PROVIDER = "pp_stripe-promptpay_stripe"

export type PaymentMethodKey = "system" | "card" | "promptpay"

const BY_PROVIDER: Record<string, PaymentMethodKey> = {
  [SYSTEM_PROVIDER]: "system",
  [CARD_PROVIDER]: "card",
  [PROMPTPAY_PROVIDER]: "promptpay",
}

/**
 * The payment choices to offer, PromptPay first (what Thai buyers use most), then card, then the
 * test payment. Card needs a publishable key for Stripe.js; unknown providers are not offered.
 */
export function paymentChoices(providerIds: string[], hasStripeKey: boolean): PaymentMethodKey[] {
  const keys = new Set(providerIds.map((id) => BY_PROVIDER[id]).filter(Boolean))
  const order: PaymentMethodKey[] = ["promptpay", "card", "system"]
  return order.filter((key) => keys.has(key) && (key !== "card" || hasStripeKey))
}
