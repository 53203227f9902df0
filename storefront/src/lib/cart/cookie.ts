import "server-only"
import { cookies, headers } from "next/headers"

/** The buyer's cart id: httpOnly, so no script on the page can read or steal it. */
export const CART_COOKIE = "otop_cart_id"
/** How many items the cart holds, for the header's cart link (not a secret; readable by scripts). */
export const CART_COUNT_COOKIE = "otop_cart_count"

const THIRTY_DAYS = 60 * 60 * 24 * 30

async function secure(): Promise<boolean> {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  return proto === "https"
}

export async function readCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && /^cart_[0-9A-Za-z]+$/.test(value) ? value : null
}

/** Only in server actions and route handlers (cookies cannot be written while rendering). */
export async function writeCartId(cartId: string): Promise<void> {
  const store = await cookies()
  store.set(CART_COOKIE, cartId, { httpOnly: true, sameSite: "lax", secure: await secure(), path: "/", maxAge: THIRTY_DAYS })
}

export async function writeCartCount(count: number): Promise<void> {
  const store = await cookies()
  store.set(CART_COUNT_COOKIE, String(Math.max(0, Math.floor(count))), {
    httpOnly: false,
    sameSite: "lax",
    secure: await secure(),
    path: "/",
    maxAge: THIRTY_DAYS,
  })
}

/** After an order: the next visit starts an empty cart. */
export async function forgetCart(): Promise<void> {
  const store = await cookies()
  store.delete(CART_COOKIE)
  store.delete(CART_COUNT_COOKIE)
}
