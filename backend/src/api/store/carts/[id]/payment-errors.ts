import type { MedusaResponse } from "@medusajs/framework/http"
import type { PaymentErrorCode } from "../../../../workflows/payment/intent-status"

/** A payment error the storefront shows in the customer's language: 4xx `{ code, message, ...details }`. */
export function sendPaymentError(res: MedusaResponse, status: number, code: PaymentErrorCode | "cart_completed", message: string, details: Record<string, unknown> = {}) {
  res.status(status).json({ code, message, ...details })
}
