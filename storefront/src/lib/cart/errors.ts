import type { StoreApiError } from "./api"

/** Why the store refused a cart change, in words the buyer's messages have. */
export type CartErrorKey = "stock" | "closed" | "unavailable" | "failed"

/**
 * Medusa answers 400 "Some variant does not have the required inventory" for too few units, our
 * closure hook "… is closed until …", and 4xx with "not found"/"not published" for a withdrawn product.
 */
export function cartErrorKey(error: Pick<StoreApiError, "status" | "message"> | undefined): CartErrorKey {
  if (!error || error.status >= 500) return "failed"
  const message = error.message.toLowerCase()
  if (message.includes("inventory") || message.includes("stock")) return "stock"
  if (message.includes("is closed until") || message.includes("ปิดรับคำสั่งซื้อชั่วคราว")) return "closed"
  if (error.status === 404 || message.includes("not found") || message.includes("sales channel") || message.includes("published")) {
    return "unavailable"
  }
  return "failed"
}
