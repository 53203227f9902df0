import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type PaymentRefusal, refusalOf } from "../../../../workflows/payment/cart-completable"
import type { PaymentErrorCode } from "../../../../workflows/payment/intent-status"

/** A payment error the storefront shows in the customer's language: 4xx `{ code, message, ...details }`. */
export function sendPaymentError(res: MedusaResponse, status: number, code: PaymentErrorCode | PaymentRefusal["code"], message: string, details: Record<string, unknown> = {}) {
  res.status(status).json({ code, message, ...details })
}

/** Bad input (zod, parseOrThrow) and unknown ids, as payment errors. */
function inputRefusal(error: any): PaymentRefusal | null {
  if (error?.type === MedusaError.Types.INVALID_DATA) return { status: 400, code: "invalid_data", message: error.message }
  if (error?.type === MedusaError.Types.NOT_FOUND) return { status: 404, code: "not_found", message: error.message }
  return null
}

/**
 * Runs a payment route so that every 4xx it answers has the one shape `{ code, message, ...details }`:
 * its own payment errors, refusals thrown by the payment workflows, bad input and unknown carts
 * (which Medusa's error handler would otherwise answer as `{ type, message }`).
 */
export function withPaymentErrors(handler: (req: MedusaRequest, res: MedusaResponse) => Promise<unknown>) {
  return async (req: MedusaRequest, res: MedusaResponse) => {
    try {
      await handler(req, res)
    } catch (error) {
      const refusal = refusalOf(error) ?? inputRefusal(error)
      if (!refusal) throw error
      const { status, code, message, ...details } = refusal
      sendPaymentError(res, status, code, message, details)
    }
  }
}
