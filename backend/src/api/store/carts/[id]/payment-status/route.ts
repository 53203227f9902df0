import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_PAYMENT_FIELDS, findCartProblem } from "../../../../../workflows/payment/cart-completable"
import { type PaymentStatus, statusOfIntent } from "../../../../../workflows/payment/intent-status"
import { liveIntent } from "../../../../../workflows/payment/live-intent"
import { parseOrThrow } from "../../../../utils/validate"
import { withPaymentErrors } from "../payment-errors"

const Params = z.object({ id: z.string().regex(/^cart_[0-9A-Za-z]+$/, "a cart id looks like cart_01…") })

/**
 * GET /store/carts/:id/payment-status, which the storefront polls while a PromptPay QR is shown:
 *   { status: "awaiting_payment" | "paid" | "failed" | "expired", order_id: string | null,
 *     code?: "out_of_stock" | "qr_expired" | "payment_failed" | "card_declined", message? }
 * (code and message only with "failed" or "expired").
 * "paid" with an order_id once the cart became an order (through the webhook or the storefront's
 * own complete call); "paid" with order_id null for the moment between payment and order. A
 * payment taken for a cart that then could not be ordered (the last item sold meanwhile) has been
 * refunded: "failed" with the reason. Stripe is asked for the intent's live state (a QR that
 * expired or a refused payment does not reach Medusa otherwise). A malformed or unknown cart id
 * answers 400 / 404 `{ code, message }` like the other payment errors.
 */
export const GET = withPaymentErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const { id } = parseOrThrow(Params, req.params)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: CART_PAYMENT_FIELDS, filters: { id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${id} not found`)
  const { data: [orderLink] } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: id } })
  const answer = (status: PaymentStatus, extra: { code?: string; message?: string } = {}) =>
    res.json({ status, order_id: orderLink?.order_id ?? null, ...extra })
  if (orderLink?.order_id) return answer("paid")

  const collection = cart.payment_collection as any
  const payments = (collection?.payments ?? []) as any[]
  const refunded = payments.filter((p) => p.refunds?.length)
  if (refunded.length) {
    // Paid, then completing failed and Medusa refunded it: say why, as long as the reason stands
    // (once the customer has changed the cart, the new attempt's state counts).
    const problem = await findCartProblem(req.scope, cart)
    if (problem) {
      return answer("failed", {
        code: problem.code === "out_of_stock" ? "out_of_stock" : "payment_failed",
        message: `${problem.message}. The payment has been refunded (คืนเงินแล้ว).`,
      })
    }
  }
  if (payments.some((p) => !p.refunds?.length && !p.canceled_at)) return answer("paid")

  const session = [...(collection?.payment_sessions ?? [])].sort((a: any, b: any) => +new Date(b.created_at) - +new Date(a.created_at))[0]
  if (!session?.data?.id || !String(session.provider_id).startsWith("pp_stripe")) return answer("awaiting_payment")
  let intent = session.data
  try {
    intent = await liveIntent(session.data)
  } catch (e: any) {
    // Stripe unreachable for a moment: answer from what Medusa last stored; the next poll asks again.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`[payment-status] cart ${id}: ${e?.message ?? e}`)
  }
  const { status, code, message } = statusOfIntent(intent, Math.floor(Date.now() / 1000))
  return answer(status, code ? { code, message } : {})
})
