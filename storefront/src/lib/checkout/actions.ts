"use server"

import { hasLocale } from "next-intl"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { StoreApiError, storeCall } from "@/lib/cart/api"
import { forgetCart, readCartId } from "@/lib/cart/cookie"
import { getCustomerToken } from "@/lib/customer/session"
import { getCartGroups, getRawCart, listShippingOptions } from "@/lib/cart/data"
import type { MedusaCart } from "@/lib/cart/types"
import { GeoError, geoFetch } from "@/lib/producer/registration-data"
import { CARD_PROVIDER, PROMPTPAY_PROVIDER, SYSTEM_PROVIDER } from "./providers"
import {
  checkAddress,
  postcodeMismatch,
  readAddressForm,
  toMedusaAddress,
  type AddressField,
  type FieldError,
  type GeoPlace,
} from "./validation"

const cleanLocale = (locale: string): AppLocale => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale)

export type AddressState = {
  status: "idle" | "saved" | "error"
  fieldErrors?: Partial<Record<AddressField, FieldError>>
  formError?: "geo" | "failed" | "cartGone"
  /** Changes with every answer, so the form can re-announce the same message. */
  at?: number
}

async function openCartId(): Promise<string | null> {
  const cartId = await readCartId()
  if (!cartId) return null
  try {
    const cart = await getRawCart(cartId)
    return cart.completed_at ? null : cart.id
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/**
 * Saves email and the Thai delivery address (the postcode must be the chosen subdistrict's),
 * then gives every producer group without a shipping method its cheapest one, which the buyer
 * can change.
 */
export async function saveAddress(localeInput: string, _previous: AddressState, form: FormData): Promise<AddressState> {
  const locale = cleanLocale(localeInput)
  const values = readAddressForm(form)
  const fieldErrors = checkAddress(values)
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, at: Date.now() }

  let place: GeoPlace
  try {
    place = (await geoFetch<{ subdistrict: GeoPlace }>(`/store/geo/subdistricts/${values.subdistrict_code}`)).subdistrict
  } catch (error) {
    if (error instanceof GeoError && (error.status === 404 || error.status === 400)) {
      return { status: "error", fieldErrors: { subdistrict_code: { key: "subdistrict_code" } }, at: Date.now() }
    }
    return { status: "error", formError: "geo", at: Date.now() }
  }
  const mismatch = postcodeMismatch(values, place, locale)
  if (mismatch) return { status: "error", fieldErrors: { postcode: mismatch }, at: Date.now() }

  try {
    const cartId = await openCartId()
    if (!cartId) return { status: "error", formError: "cartGone", at: Date.now() }
    const address = toMedusaAddress(values, place)
    const { cart } = await storeCall<{ cart: MedusaCart }>(`/store/carts/${cartId}`, {
      method: "POST",
      body: { email: values.email, shipping_address: address, billing_address: address },
    })
    await chooseMissingShipping(cart)
  } catch (error) {
    console.error("[storefront] checkout address:", error instanceof Error ? error.message : error)
    return { status: "error", formError: "failed", at: Date.now() }
  }
  return { status: "saved", at: Date.now() }
}

/** Every group ships separately: one method per group's shipping profile, the cheapest by default. */
async function chooseMissingShipping(cart: MedusaCart) {
  const [grouped, options] = await Promise.all([getCartGroups(cart.id), listShippingOptions(cart.id)])
  const optionProfile = new Map(options.map((option) => [option.id, option.shipping_profile_id]))
  const covered = new Set((cart.shipping_methods ?? []).map((method) => optionProfile.get(method.shipping_option_id ?? "")))
  for (const group of grouped.groups) {
    if (!group.shipping_profile_id || covered.has(group.shipping_profile_id)) continue
    const cheapest = options
      .filter((option) => option.shipping_profile_id === group.shipping_profile_id)
      .sort((a, b) => Number(a.amount ?? 0) - Number(b.amount ?? 0))[0]
    if (cheapest) await addShippingMethod(cart.id, cheapest.id, group.producer_group?.id ?? null)
  }
}

function addShippingMethod(cartId: string, optionId: string, groupId: string | null) {
  // The group travels with the method (and into the order) so the receipt can show each group's shipping.
  return storeCall(`/store/carts/${cartId}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId, data: groupId ? { producer_group_id: groupId } : {} },
  })
}

export type ShippingResult = { ok: true } | { ok: false; error: "shipping" | "cartGone" }

/** The buyer's choice for one group (Medusa replaces the group's earlier method: same profile). */
export async function chooseShipping(input: { optionId: string; groupId: string | null }): Promise<ShippingResult> {
  if (!/^so_[0-9A-Za-z]+$/.test(input.optionId)) return { ok: false, error: "shipping" }
  try {
    const cartId = await openCartId()
    if (!cartId) return { ok: false, error: "cartGone" }
    await addShippingMethod(cartId, input.optionId, input.groupId)
  } catch (error) {
    console.error("[storefront] checkout shipping:", error instanceof Error ? error.message : error)
    return { ok: false, error: "shipping" }
  }
  return { ok: true }
}

// ---- Payment and completion ---------------------------------------------------------------

export type PayError =
  | { error: "soldOut" | "closed"; items: string[] }
  | { error: "failed" | "cartGone" | "paymentFailed" | "qrExpired" | "cardUnavailable" }

/** A payment session for the provider on the cart's payment collection (made if missing). */
async function startSession(cartId: string, providerId: string) {
  const cart = await getRawCart(cartId)
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const { payment_collection } = await storeCall<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cartId },
    })
    collectionId = payment_collection.id
  }
  const { payment_collection } = await storeCall<{
    payment_collection: { payment_sessions?: { provider_id: string; data?: Record<string, unknown> | null }[] }
  }>(`/store/payment-collections/${collectionId}/payment-sessions`, { method: "POST", body: { provider_id: providerId } })
  return (payment_collection.payment_sessions ?? []).find((session) => session.provider_id === providerId) ?? null
}

/** The titles of lines that cannot be bought now, for the "sold out at the last step" message. */
async function blockedItems(cartId: string, locale: AppLocale): Promise<{ kind: "soldOut" | "closed"; items: string[] } | null> {
  try {
    const grouped = await getCartGroups(cartId)
    const lines = grouped.groups.flatMap((group) => group.items.filter((item) => item.problem))
    if (!lines.length) return null
    const title = (item: (typeof lines)[number]) => (locale === "en" ? item.title_en || item.title_th : item.title_th)
    const closed = lines.every((item) => item.problem === "group_closed")
    return { kind: closed ? "closed" : "soldOut", items: lines.map(title) }
  } catch {
    return null
  }
}

type CompleteAnswer = { type: "order"; order: { id: string } } | { type: "cart"; cart: MedusaCart; error?: { message?: string } }

/**
 * Turns the cart into the order. Medusa checks stock and closure again here and authorises the
 * payment only after that, so a failure at this step charges nothing.
 */
async function completeCart(cartId: string, locale: AppLocale): Promise<{ orderId: string } | PayError> {
  const token = await getCustomerToken()
  if (token) {
    // A signed-in buyer's order belongs to their account (best effort: a guest order is still an order).
    await storeCall(`/store/carts/${cartId}/customer`, { method: "POST", token }).catch(() => undefined)
  }
  try {
    const answer = await storeCall<CompleteAnswer>(`/store/carts/${cartId}/complete`, { method: "POST", body: {}, locale })
    if (answer.type === "order") return { orderId: answer.order.id }
    console.error("[storefront] checkout complete:", answer.error?.message)
  } catch (error) {
    console.error("[storefront] checkout complete:", error instanceof Error ? error.message : error)
    if (error instanceof StoreApiError && error.status === 404) return { error: "cartGone" }
  }
  const blocked = await blockedItems(cartId, locale)
  if (blocked) return { error: blocked.kind, items: blocked.items }
  return { error: "failed" }
}

async function finish(orderId: string, locale: AppLocale): Promise<never> {
  await forgetCart()
  return redirect({ href: `/order/confirmed/${orderId}`, locale })
}

/** Every way to pay starts here: an open cart with nothing sold out or closed in it. */
async function payableCart(localeInput: string): Promise<{ locale: AppLocale; cartId: string } | PayError> {
  const locale = cleanLocale(localeInput)
  const cartId = await openCartId()
  if (!cartId) return { error: "cartGone" }
  const blocked = await blockedItems(cartId, locale)
  if (blocked) return { error: blocked.kind, items: blocked.items }
  return { locale, cartId }
}

/** The offline test payment: no money moves; the order is placed at once. */
export async function placeTestOrder(localeInput: string): Promise<PayError> {
  const ready = await payableCart(localeInput)
  if ("error" in ready) return ready
  const { locale, cartId } = ready
  try {
    await startSession(cartId, SYSTEM_PROVIDER)
  } catch (error) {
    console.error("[storefront] test payment:", error instanceof Error ? error.message : error)
    return { error: "failed" }
  }
  const result = await completeCart(cartId, locale)
  if ("orderId" in result) return finish(result.orderId, locale)
  return result
}

/** A Stripe card session: its client secret for the Payment Element. */
export async function startCardPayment(localeInput: string): Promise<{ clientSecret: string } | PayError> {
  const ready = await payableCart(localeInput)
  if ("error" in ready) return ready
  const { cartId } = ready
  try {
    const session = await startSession(cartId, CARD_PROVIDER)
    const secret = session?.data?.client_secret
    if (typeof secret === "string" && secret) return { clientSecret: secret }
  } catch (error) {
    console.error("[storefront] card session:", error instanceof Error ? error.message : error)
  }
  return { error: "cardUnavailable" }
}

/** After Stripe confirmed the card (or PromptPay was paid without an order yet): place the order. */
export async function completeCheckout(localeInput: string): Promise<PayError> {
  const locale = cleanLocale(localeInput)
  const cartId = await readCartId()
  if (!cartId) return { error: "cartGone" }
  let cart: MedusaCart
  try {
    cart = await getRawCart(cartId)
  } catch {
    return { error: "cartGone" }
  }
  const result = await completeCart(cart.id, locale)
  if ("orderId" in result) return finish(result.orderId, locale)
  return result
}

export type PromptPayQr = {
  paymentIntentId: string
  data: string
  imageUrlSvg: string | null
  expiresAt: number
  amount: string
}

type PromptPayAnswer = {
  payment_intent_id: string
  status: string
  qr: { data: string; image_url_svg?: string | null; image_url_png?: string | null; expires_at: number }
}

function payErrorOf(error: unknown): PayError {
  if (error instanceof StoreApiError) {
    if (error.code === "qr_expired") return { error: "qrExpired" }
    if (error.code === "payment_failed") return { error: "paymentFailed" }
    if (error.code === "cart_completed") return { error: "cartGone" }
    if (error.status === 404) return { error: "cartGone" }
  }
  return { error: "failed" }
}

/** A PromptPay QR for the cart's total (Stripe through our backend route). */
export async function startPromptPay(localeInput: string): Promise<{ qr: PromptPayQr } | PayError> {
  const ready = await payableCart(localeInput)
  if ("error" in ready) return ready
  const { locale, cartId } = ready
  try {
    const cart = await getRawCart(cartId)
    const answer = await storeCall<PromptPayAnswer>(`/store/carts/${cartId}/promptpay`, {
      method: "POST",
      body: { email: cart.email },
    })
    return {
      qr: {
        paymentIntentId: answer.payment_intent_id,
        data: answer.qr.data,
        imageUrlSvg: answer.qr.image_url_svg ?? null,
        expiresAt: answer.qr.expires_at,
        amount: String(cart.total ?? "0"),
      },
    }
  } catch (error) {
    if (error instanceof StoreApiError && (error.code === "out_of_stock" || error.code === "group_closed")) {
      const blockedNow = await blockedItems(cartId, locale)
      return { error: error.code === "group_closed" ? "closed" : "soldOut", items: blockedNow?.items ?? [] }
    }
    console.error("[storefront] promptpay:", error instanceof Error ? error.message : error)
    return payErrorOf(error)
  }
}

export type PromptPayStatus = { status: "awaiting_payment" | "paid" | "failed" | "expired"; orderId: string | null; code: string | null }

/** Polled while the QR is shown; once paid the webhook has usually placed the order already. */
export async function promptPayStatus(localeInput: string): Promise<PromptPayStatus | PayError> {
  const locale = cleanLocale(localeInput)
  const cartId = await readCartId()
  if (!cartId) return { error: "cartGone" }
  let answer: { status: PromptPayStatus["status"]; order_id: string | null; code?: string }
  try {
    answer = await storeCall(`/store/carts/${cartId}/payment-status`, { locale })
  } catch (error) {
    return payErrorOf(error)
  }
  if (answer.status === "paid") {
    if (answer.order_id) return finish(answer.order_id, locale)
    // Paid, and the webhook has not placed the order yet: completion is idempotent, do it now.
    const result = await completeCart(cartId, locale)
    if ("orderId" in result) return finish(result.orderId, locale)
    return result
  }
  return { status: answer.status, orderId: answer.order_id, code: answer.code ?? null }
}
