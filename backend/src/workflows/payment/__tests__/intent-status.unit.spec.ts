import { promptPayQr, qrStillPayable, statusOfIntent } from "../intent-status"

const NOW = 1_800_000_000
const qrIntent = (expires_at: number | undefined) => ({
  id: "pi_1",
  status: "requires_action",
  next_action: {
    type: "promptpay_display_qr_code",
    promptpay_display_qr_code: { data: "000201...", image_url_svg: "https://x/qr.svg", image_url_png: "https://x/qr.png", hosted_instructions_url: "https://x", expires_at },
  },
})

describe("PromptPay QR and payment status from a Stripe PaymentIntent", () => {
  it("reads the QR Stripe returned (and only a PromptPay one)", () => {
    expect(promptPayQr(qrIntent(NOW + 900))).toEqual({ data: "000201...", image_url_svg: "https://x/qr.svg", image_url_png: "https://x/qr.png", expires_at: NOW + 900 })
    expect(promptPayQr(qrIntent(undefined))?.expires_at).toBeNull()
    expect(promptPayQr({ status: "requires_action", next_action: { type: "redirect_to_url" } })).toBeNull()
    expect(promptPayQr(null)).toBeNull()
  })

  it("reuses a QR only while it can still be paid for a minute", () => {
    expect(qrStillPayable(qrIntent(NOW + 900), NOW)).toBe(true)
    expect(qrStillPayable(qrIntent(NOW + 30), NOW)).toBe(false)
    expect(qrStillPayable({ ...qrIntent(NOW + 900), status: "succeeded" }, NOW)).toBe(false)
  })

  it("maps intent states to what the customer is told", () => {
    expect(statusOfIntent(qrIntent(NOW + 900), NOW)).toEqual({ status: "awaiting_payment" })
    expect(statusOfIntent(qrIntent(NOW - 1), NOW)).toMatchObject({ status: "expired", code: "qr_expired" })
    expect(statusOfIntent({ status: "succeeded" }, NOW)).toEqual({ status: "paid" })
    expect(statusOfIntent({ status: "requires_capture" }, NOW)).toEqual({ status: "paid" })
    expect(statusOfIntent({ status: "processing" }, NOW)).toEqual({ status: "awaiting_payment" })
    expect(statusOfIntent({ status: "requires_payment_method", last_payment_error: null }, NOW)).toEqual({ status: "awaiting_payment" })
    expect(statusOfIntent({ status: "requires_payment_method", last_payment_error: { code: "payment_intent_payment_attempt_expired" } }, NOW)).toMatchObject({ status: "expired", code: "qr_expired" })
    expect(statusOfIntent({ status: "requires_payment_method", last_payment_error: { type: "card_error", code: "card_declined", message: "Your card was declined." } }, NOW)).toEqual({ status: "failed", code: "card_declined", message: "Your card was declined." })
    expect(statusOfIntent({ status: "requires_payment_method", last_payment_error: { code: "payment_intent_payment_attempt_failed" } }, NOW)).toMatchObject({ status: "failed", code: "payment_failed" })
    expect(statusOfIntent({ status: "canceled" }, NOW)).toMatchObject({ status: "failed", code: "payment_failed" })
  })
})
