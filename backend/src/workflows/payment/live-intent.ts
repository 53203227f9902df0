import { createStripeClient } from "../../modules/stripe-payments/client"

/**
 * The PaymentIntent as Stripe has it now (a QR that expired, or a payment that was refused, never
 * reaches Medusa's stored session data: its webhook subscriber ignores those events), with the
 * same configuration as the provider (STRIPE_API_KEY, STRIPE_API_BASE). Falls back to the stored
 * copy when Stripe is not configured; throws when it cannot be reached.
 */
export async function liveIntent<T extends { id?: string }>(stored: T): Promise<T> {
  if (!process.env.STRIPE_API_KEY || !stored?.id) return stored
  return createStripeClient(process.env.STRIPE_API_KEY, process.env.STRIPE_API_BASE).paymentIntents.retrieve(stored.id)
}
