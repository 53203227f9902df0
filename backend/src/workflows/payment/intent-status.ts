// Pure helpers (no container, no links) shared by the PromptPay and payment-status routes, so
// they can be unit tested on their own.

export type PaymentStatus = "awaiting_payment" | "paid" | "failed" | "expired"
export type PaymentErrorCode = "out_of_stock" | "qr_expired" | "payment_failed" | "card_declined" | "group_closed" | "checkout_incomplete"

export type PromptPayQr = { data: string; image_url_svg: string; image_url_png: string; expires_at: number | null }

type IntentLike = {
  id?: string
  status?: string
  next_action?: { type?: string; promptpay_display_qr_code?: Record<string, any> } | null
  last_payment_error?: { code?: string; decline_code?: string; message?: string; type?: string } | null
}

/** The QR Stripe returned when the PromptPay intent was confirmed (null when there is none). */
export function promptPayQr(intent: IntentLike | null | undefined): PromptPayQr | null {
  const qr = intent?.next_action?.type === "promptpay_display_qr_code" ? intent.next_action.promptpay_display_qr_code : null
  if (!qr?.data) return null
  return {
    data: qr.data,
    image_url_svg: qr.image_url_svg,
    image_url_png: qr.image_url_png,
    expires_at: typeof qr.expires_at === "number" ? qr.expires_at : null,
  }
}

/** Whether a PromptPay intent can still be paid with its QR for at least `marginSeconds` more. */
export function qrStillPayable(intent: IntentLike | null | undefined, nowSeconds: number, marginSeconds = 60): boolean {
  const qr = promptPayQr(intent)
  if (!qr || intent?.status !== "requires_action") return false
  return qr.expires_at === null || qr.expires_at > nowSeconds + marginSeconds
}

/**
 * What the customer should be told about a Stripe PaymentIntent (before any order exists):
 * paid (succeeded, or a card authorised and awaiting capture), expired (the QR ran out), failed
 * (declined, refused, cancelled), or still awaiting payment.
 */
export function statusOfIntent(intent: IntentLike, nowSeconds: number): { status: PaymentStatus; code?: PaymentErrorCode; message?: string } {
  switch (intent.status) {
    case "succeeded":
    case "requires_capture":
      return { status: "paid" }
    case "requires_action": {
      const qr = promptPayQr(intent)
      if (qr?.expires_at != null && qr.expires_at <= nowSeconds) {
        return { status: "expired", code: "qr_expired", message: "The PromptPay QR code has expired (คิวอาร์โค้ดพร้อมเพย์หมดอายุแล้ว)" }
      }
      return { status: "awaiting_payment" }
    }
    case "canceled":
      return { status: "failed", code: "payment_failed", message: "The payment was cancelled (การชำระเงินถูกยกเลิก)" }
    case "requires_payment_method": {
      const error = intent.last_payment_error
      if (!error) return { status: "awaiting_payment" }
      if (error.code === "payment_intent_payment_attempt_expired") {
        return { status: "expired", code: "qr_expired", message: "The PromptPay QR code has expired (คิวอาร์โค้ดพร้อมเพย์หมดอายุแล้ว)" }
      }
      if (error.code === "card_declined" || error.type === "card_error") {
        return { status: "failed", code: "card_declined", message: error.message || "The card was declined (บัตรถูกปฏิเสธ)" }
      }
      return { status: "failed", code: "payment_failed", message: error.message || "The payment failed (การชำระเงินไม่สำเร็จ)" }
    }
    default:
      return { status: "awaiting_payment" }
  }
}
