import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OtopStripeCardService, OtopStripePromptPayService } from "./services"

/**
 * Stripe cards and PromptPay for Thailand: @medusajs/payment-stripe's two services, pointed at
 * `apiBase` when set. Registered in medusa-config with id "stripe", so the providers are
 * pp_stripe_stripe and pp_stripe-promptpay_stripe and one webhook endpoint,
 * /hooks/payment/stripe_stripe, serves both (Medusa finds the session by the intent's metadata).
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [OtopStripeCardService, OtopStripePromptPayService],
})
