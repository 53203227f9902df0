import "server-only"
import { storeCall } from "@/lib/cart/api"

/** Payment providers Medusa offers in the region: system (test), Stripe card, Stripe PromptPay. */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await storeCall<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id: regionId },
  })
  return (payment_providers ?? []).map((provider) => provider.id)
}

/** Read per request (not at build time): one build runs against any Stripe account. */
export function stripePublishableKey(): string | null {
  return process.env.STRIPE_PUBLISHABLE_KEY || null
}
