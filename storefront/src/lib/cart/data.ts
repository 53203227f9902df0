import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { getRegion } from "@/lib/medusa/regions"
import { StoreApiError, storeCall } from "./api"
import { getCustomerToken } from "@/lib/customer/session"
import { readCartId } from "./cookie"
import type { CartGroupsResponse, MedusaCart, MedusaShippingOption } from "./types"
import { buildCartView } from "./view"

export function getRawCart(cartId: string, locale?: AppLocale) {
  return storeCall<{ cart: MedusaCart }>(`/store/carts/${cartId}`, { locale }).then(({ cart }) => cart)
}

export function getCartGroups(cartId: string) {
  return storeCall<CartGroupsResponse>(`/store/carts/${cartId}/groups`)
}

export async function listShippingOptions(cartId: string): Promise<MedusaShippingOption[]> {
  const { shipping_options } = await storeCall<{ shipping_options: MedusaShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId },
  })
  return shipping_options ?? []
}

/** The open cart of the cookie, or null (no cookie, unknown cart, or already turned into an order). */
export async function loadOpenCart(locale?: AppLocale): Promise<MedusaCart | null> {
  const cartId = await readCartId()
  if (!cartId) return null
  try {
    const cart = await getRawCart(cartId, locale)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/** The buyer's cart grouped by producer group with shipping per group, or null when there is none. */
export async function loadCartView(locale: AppLocale) {
  const cart = await loadOpenCart(locale)
  if (!cart) return null
  const [grouped, options] = await Promise.all([
    getCartGroups(cart.id),
    // Options need an address country; a failure leaves the groups without prices, not the page broken.
    listShippingOptions(cart.id).catch((error) => {
      console.error("[storefront] shipping options:", error instanceof Error ? error.message : error)
      return [] as MedusaShippingOption[]
    }),
  ])
  return buildCartView(cart, grouped, options, locale)
}

/**
 * A new cart in the store's region. No language header: lines keep the Thai titles (the base
 * content) and the groups route adds the English ones, so switching language never mixes them.
 * Thailand is the only country we ship to, so the address
 * starts with it: shipping options (zoned to Thailand) can be priced before the buyer types one.
 */
export async function createCart(locale: AppLocale): Promise<MedusaCart> {
  const region = await getRegion(locale)
  const token = await getCustomerToken()
  const body = { region_id: region.id, shipping_address: { country_code: "th" } }
  try {
    return (await storeCall<{ cart: MedusaCart }>("/store/carts", { method: "POST", body, token })).cart
  } catch (error) {
    // An expired customer token must not stop a guest from shopping.
    if (token && error instanceof StoreApiError && error.status === 401) {
      return (await storeCall<{ cart: MedusaCart }>("/store/carts", { method: "POST", body })).cart
    }
    throw error
  }
}

export const itemCount = (cart: MedusaCart) => (cart.items ?? []).reduce((sum, item) => sum + Number(item.quantity || 0), 0)
