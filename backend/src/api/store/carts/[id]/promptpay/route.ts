import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STRIPE_PROMPTPAY_PROVIDER_ID } from "../../../../../modules/stripe-payments/options"
import { refusalOf } from "../../../../../workflows/payment/cart-completable"
import { promptPayQr, statusOfIntent } from "../../../../../workflows/payment/intent-status"
import { startPromptPayPaymentWorkflow } from "../../../../../workflows/payment/start-promptpay-payment"
import { parseOrThrow } from "../../../../utils/validate"
import { sendPaymentError, withPaymentErrors } from "../payment-errors"

const Params = z.object({ id: z.string().regex(/^cart_[0-9A-Za-z]+$/, "a cart id looks like cart_01…") })
const Body = z.object({ email: z.string().trim().toLowerCase().email("a valid email address (Stripe sends refund requests to it)") })

/**
 * POST /store/carts/:id/promptpay { email }: pay the cart by PromptPay. The workflow checks first
 * that the cart can become an order (else 400 checkout_incomplete, or 409 out_of_stock /
 * group_closed naming the items, and nothing is charged), then creates (or reuses, while its QR is valid) the PromptPay
 * session and confirms its intent on the server. Answers the QR to show:
 *   { payment_intent_id, status, qr: { data, image_url_svg, image_url_png, expires_at } }
 * expires_at is in unix seconds. The order is created when the customer pays: by Stripe's
 * signed webhook (/hooks/payment/stripe_stripe), or by the storefront completing the cart once
 * GET /store/carts/:id/payment-status says "paid". Every 4xx is `{ code, message, ... }`.
 */
export const POST = withPaymentErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { id } = parseOrThrow(Params, req.params)
  const { email } = parseOrThrow(Body, req.body ?? {})
  let session: any
  try {
    const { result } = await startPromptPayPaymentWorkflow(req.scope).run({ input: { cart_id: id, email } })
    session = result.session
  } catch (e: any) {
    // Refused before anything was charged: answered as it says. Anything else failed at Stripe.
    if (refusalOf(e) || e?.type === MedusaError.Types.NOT_FOUND) throw e
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`[promptpay] cart ${id}: ${e?.message ?? e}`)
    return sendPaymentError(res, 402, "payment_failed", "PromptPay could not be started; please try again or choose another payment method (เริ่มชำระด้วยพร้อมเพย์ไม่สำเร็จ)")
  }
  const intent = session?.data ?? {}
  const qr = promptPayQr(intent)
  if (session?.provider_id !== STRIPE_PROMPTPAY_PROVIDER_ID || !qr) {
    const { code, message } = statusOfIntent(intent, Math.floor(Date.now() / 1000))
    return sendPaymentError(res, 402, code ?? "payment_failed", message ?? "Stripe did not return a PromptPay QR code (ไม่ได้รับคิวอาร์โค้ดพร้อมเพย์)")
  }
  res.json({ payment_intent_id: intent.id, status: intent.status, qr })
})
