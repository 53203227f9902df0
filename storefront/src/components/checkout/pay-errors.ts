import type { PayError } from "@/lib/checkout/actions"

type Translate = (key: string, values?: Record<string, string>) => string

/** A payment problem in the buyer's language (always saying whether money was taken). */
export function payErrorMessage(error: PayError | undefined, t: Translate): string {
  // A successful action redirects and may resolve without an answer.
  if (!error) return ""
  switch (error.error) {
    case "soldOut":
    case "closed":
      return t(`errorsPay.${error.error}`, { items: error.items.length ? error.items.join(", ") : "—" })
    case "qrExpired":
      return t("errorsPay.qrExpired")
    case "paymentFailed":
      return t("errorsPay.paymentFailed")
    case "cartGone":
      return t("errorsPay.cartGone")
    case "cardUnavailable":
      return t("payment.cardUnavailable")
    default:
      return t("errorsPay.failed")
  }
}
