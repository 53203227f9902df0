"use server"

import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { StoreApiError, storeCall } from "./api"
import { readCartId, writeCartCount, writeCartId } from "./cookie"
import { createCart, getCartGroups, itemCount, loadOpenCart } from "./data"
import { cartErrorKey, type CartErrorKey } from "./errors"
import type { MedusaCart } from "./types"

export type CartActionResult =
  | { ok: true; count: number }
  | { ok: false; error: CartErrorKey; available?: number | null; count?: number }

const MAX_QUANTITY = 99

function cleanLocale(locale: string): AppLocale {
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

function cleanQuantity(quantity: unknown, min: number): number | null {
  const n = typeof quantity === "number" ? quantity : Number.parseInt(String(quantity), 10)
  return Number.isInteger(n) && n >= min && n <= MAX_QUANTITY ? n : null
}

async function settle(cart: MedusaCart): Promise<number> {
  const count = itemCount(cart)
  // No revalidatePath: it would purge every page's cached catalog data on each change. The cart
  // and checkout pages read the cookie (always rendered fresh) and the header reads the count.
  await writeCartCount(count)
  return count
}

function failure(error: unknown, extra: Partial<Extract<CartActionResult, { ok: false }>> = {}): CartActionResult {
  if (!(error instanceof StoreApiError)) console.error("[storefront] cart:", error instanceof Error ? error.message : error)
  return { ok: false, error: cartErrorKey(error instanceof StoreApiError ? error : undefined), ...extra }
}

/** Adds units of a variant, starting a cart if the buyer has none (or the old one became an order). */
export async function addToCart(input: { variantId: string; quantity: number; locale: string }): Promise<CartActionResult> {
  const locale = cleanLocale(input.locale)
  const quantity = cleanQuantity(input.quantity, 1)
  if (!quantity || !/^variant_[0-9A-Za-z]+$/.test(input.variantId)) return { ok: false, error: "failed" }
  try {
    let cart = await loadOpenCart(locale)
    if (!cart) {
      cart = await createCart(locale)
      await writeCartId(cart.id)
    }
    const { cart: updated } = await storeCall<{ cart: MedusaCart }>(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id: input.variantId, quantity },
    })
    return { ok: true, count: await settle(updated) }
  } catch (error) {
    return failure(error)
  }
}

/** How many units of a line's variant can be bought now (null: not tracked or unknown). */
async function availableFor(cartId: string, lineId: string): Promise<number | null> {
  try {
    const grouped = await getCartGroups(cartId)
    for (const group of grouped.groups) {
      const line = group.items.find((item) => item.id === lineId)
      if (line) return line.available_quantity
    }
  } catch {
    // The message then simply says there is not enough stock.
  }
  return null
}

export async function updateCartLine(input: { lineId: string; quantity: number; locale: string }): Promise<CartActionResult> {
  const locale = cleanLocale(input.locale)
  const quantity = cleanQuantity(input.quantity, 1)
  const cartId = await readCartId()
  if (!quantity || !cartId || !/^cali_[0-9A-Za-z]+$/.test(input.lineId)) return { ok: false, error: "failed" }
  try {
    const { cart } = await storeCall<{ cart: MedusaCart }>(`/store/carts/${cartId}/line-items/${input.lineId}`, {
      method: "POST",
      body: { quantity },
    })
    return { ok: true, count: await settle(cart) }
  } catch (error) {
    const key = cartErrorKey(error instanceof StoreApiError ? error : undefined)
    return failure(error, key === "stock" ? { available: await availableFor(cartId, input.lineId) } : {})
  }
}

export async function removeCartLine(input: { lineId: string; locale: string }): Promise<CartActionResult> {
  const locale = cleanLocale(input.locale)
  const cartId = await readCartId()
  if (!cartId || !/^cali_[0-9A-Za-z]+$/.test(input.lineId)) return { ok: false, error: "failed" }
  try {
    const { parent: cart } = await storeCall<{ parent: MedusaCart }>(`/store/carts/${cartId}/line-items/${input.lineId}`, {
      method: "DELETE",
    })
    return { ok: true, count: await settle(cart) }
  } catch (error) {
    return failure(error)
  }
}
