/** Fired in the browser after the cart changed, so the header's count follows without a reload. */
export const CART_CHANGED_EVENT = "otop:cart-changed"

export function announceCartChange(count: number) {
  window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT, { detail: { count } }))
}

/** The item count the server keeps in a readable cookie (0 without one). */
export function readCartCountCookie(cookie: string): number {
  const match = /(?:^|;\s*)otop_cart_count=(\d+)/.exec(cookie)
  return match ? Number.parseInt(match[1], 10) : 0
}
