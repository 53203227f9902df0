import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CART_LINE_FIELDS, cartLineFacts } from "../cart/cart-line-facts"
import { linesProblem, type BlockedLine } from "../cart/line-rules"
import type { PaymentErrorCode } from "./intent-status"

export type CartProblem = {
  code: Extract<PaymentErrorCode, "out_of_stock" | "group_closed" | "checkout_incomplete">
  message: string
  items?: BlockedLine[]
}

/**
 * Why the cart could not become an order right now (null when it can): checkout not filled in
 * (email, address, a shipping method per group), a group that is temporarily closed, or lines
 * that cannot be had (short stock or withdrawn, naming them with what is left: the line rules
 * of workflows/cart/line-rules.ts, which the cart's groups route shows). Checked before
 * anyone is asked to pay; completion itself checks again (reservations), and a payment taken
 * for a cart that then fails is refunded by Medusa's complete-cart compensation.
 */
export async function findCartProblem(container: MedusaContainer, cart: any): Promise<CartProblem | null> {
  const items = (cart.items ?? []) as any[]
  // Each group ships on its own: every shipping profile in the cart needs its shipping method.
  const chosen = new Set((cart.shipping_methods ?? []).map((m: any) => m.shipping_option?.shipping_profile_id))
  const unshipped = items.filter((i) => i.requires_shipping !== false && !chosen.has(i.variant?.product?.shipping_profile?.id))
  if (!cart.email || !cart.shipping_address?.id || unshipped.length) {
    const missing = [
      !cart.email && "email",
      !cart.shipping_address?.id && "shipping address",
      unshipped.length && `shipping method for ${unshipped.map((i) => i.product_title ?? i.title).join(", ")}`,
    ].filter(Boolean)
    return { code: "checkout_incomplete", message: `Checkout is missing: ${missing.join("; ")} (กรอกข้อมูลการสั่งซื้อไม่ครบ)` }
  }
  return linesProblem(await cartLineFacts(container, cart))
}

/**
 * A payment refused before anything is charged; the payment routes answer it as
 * `{ code, message, items? }` with this status (see api/store/carts/[id]/payment-errors.ts).
 */
export type PaymentRefusal = {
  status: 400 | 404 | 409
  code: CartProblem["code"] | "cart_completed" | "invalid_data" | "not_found"
  message: string
  items?: BlockedLine[]
}

/**
 * Throws the refusal (from a workflow step too: the workflow engine serialises a step's error,
 * so the refusal travels as a property of it rather than as an error class).
 */
export function refusePayment(refusal: PaymentRefusal): never {
  const type = refusal.status === 404 ? MedusaError.Types.NOT_FOUND : refusal.status === 400 ? MedusaError.Types.INVALID_DATA : MedusaError.Types.NOT_ALLOWED
  throw Object.assign(new MedusaError(type, refusal.message), { refusal })
}

/** The refusal an error carries, if it is one. */
export function refusalOf(error: unknown): PaymentRefusal | null {
  return ((error as any)?.refusal as PaymentRefusal | undefined) ?? null
}

/** 400 when the customer has checkout to finish, 409 when the cart's lines stand in the way. */
export function refusalForProblem(problem: CartProblem): PaymentRefusal {
  return { status: problem.code === "checkout_incomplete" ? 400 : 409, ...problem }
}

/** The cart fields the checks and the payment routes read. */
export const CART_PAYMENT_FIELDS = [
  ...CART_LINE_FIELDS,
  "email",
  "currency_code",
  "total",
  "completed_at",
  "items.requires_shipping",
  "items.variant.product.shipping_profile.id",
  "shipping_address.id",
  "shipping_methods.shipping_option.shipping_profile_id",
  "payment_collection.id",
  "payment_collection.amount",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.amount",
  "payment_collection.payment_sessions.data",
  "payment_collection.payment_sessions.created_at",
  "payment_collection.payments.id",
  "payment_collection.payments.provider_id",
  "payment_collection.payments.captured_at",
  "payment_collection.payments.canceled_at",
  "payment_collection.payments.refunds.id",
  "payment_collection.payments.refunds.amount",
]
