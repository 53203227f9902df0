import { isDecline } from "./CardPanel"
import { payErrorMessage } from "./pay-errors"
import { enMessages, thMessages } from "@/i18n/messages"
import { createTranslator } from "next-intl"

jest.mock("@/lib/checkout/actions", () => ({}))

describe("card errors", () => {
  it("treats Stripe's decline answers as a declined card", () => {
    expect(isDecline({ type: "card_error", code: "card_declined", decline_code: "generic_decline" })).toBe(true)
    expect(isDecline({ type: "card_error", code: "insufficient_funds" })).toBe(true)
    expect(isDecline({ type: "card_error", code: "incorrect_cvc" })).toBe(false)
    expect(isDecline({ type: "validation_error", code: "incomplete_number" })).toBe(false)
  })

  it("says in both languages that nothing was charged, naming the sold-out item", () => {
    const th = createTranslator({ locale: "th", messages: thMessages, namespace: "Checkout" })
    const en = createTranslator({ locale: "en", messages: enMessages, namespace: "Checkout" })
    expect(payErrorMessage({ error: "soldOut", items: ["ไวน์หมากเม่าภูพาน"] }, th as never)).toBe(
      "ขออภัย ไวน์หมากเม่าภูพาน หมดหรือเหลือไม่พอในขณะยืนยันคำสั่งซื้อ ยังไม่มีการตัดเงิน โปรดแก้ไขในตะกร้าแล้วลองอีกครั้ง",
    )
    expect(payErrorMessage({ error: "qrExpired" }, en as never)).toBe("The QR has expired and nothing was charged. Please create a new one")
    expect(th("errorsPay.declined")).toContain("ยังไม่มีการตัดเงิน")
    expect(payErrorMessage(undefined, en as never)).toBe("")
  })
})
