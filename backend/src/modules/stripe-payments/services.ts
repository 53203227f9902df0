import StripeCardService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import StripePromptPayService from "@medusajs/payment-stripe/dist/services/stripe-promptpay"
import { createStripeClient } from "./client"
import type { OtopStripeOptions } from "./options"

// Medusa's services as they are (same identifiers, so the ids stay pp_stripe_stripe and
// pp_stripe-promptpay_stripe, same webhook handling), with the one thing they lack: the API host.
// Their constructor makes `new Stripe(apiKey)` with no host option.

export class OtopStripeCardService extends StripeCardService {
  constructor(cradle: Record<string, unknown>, options: OtopStripeOptions) {
    super(cradle, options as any)
    if (options.apiBase) (this as any).stripe_ = createStripeClient(options.apiKey, options.apiBase)
  }
}

export class OtopStripePromptPayService extends StripePromptPayService {
  constructor(cradle: Record<string, unknown>, options: OtopStripeOptions) {
    super(cradle, options as any)
    if (options.apiBase) (this as any).stripe_ = createStripeClient(options.apiKey, options.apiBase)
  }
}
