import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { assertGroupsOpenForVariants } from "../producer/closure/assert-groups-open"
import type { PaymentErrorCode } from "./intent-status"

export type CartProblem = {
  code: Extract<PaymentErrorCode, "out_of_stock" | "group_closed" | "checkout_incomplete">
  message: string
  items?: { line_item_id: string; variant_id: string; title: string; requested: number; available: number }[]
}

/**
 * Why the cart could not become an order right now (null when it can): checkout not filled in
 * (email, address, a shipping method per group), a line whose stock is short (naming it, with
 * what is left), or a group that is temporarily closed. Checked before
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
  const variantIds = [...new Set(items.map((i) => i.variant_id).filter(Boolean))] as string[]
  try {
    await assertGroupsOpenForVariants(container, variantIds)
  } catch (e: any) {
    return { code: "group_closed", message: e.message }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "manage_inventory", "allow_backorder"],
    filters: { id: variantIds },
  })
  const tracked = variants.filter((v: any) => v.manage_inventory && !v.allow_backorder).map((v: any) => v.id as string)
  if (!tracked.length) return null
  const availability = await getVariantAvailability(query as any, { variant_ids: tracked, sales_channel_id: cart.sales_channel_id })
  // Several lines of one variant draw on the same stock.
  const wanted = new Map<string, number>()
  for (const item of items) if (tracked.includes(item.variant_id)) wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + Number(item.quantity))
  const short = items
    .filter((item) => tracked.includes(item.variant_id) && (wanted.get(item.variant_id) ?? 0) > Number(availability[item.variant_id]?.availability ?? 0))
    .map((item) => ({
      line_item_id: item.id as string,
      variant_id: item.variant_id as string,
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
      requested: Number(item.quantity),
      available: Math.max(0, Number(availability[item.variant_id]?.availability ?? 0)),
    }))
  if (!short.length) return null
  const names = short.map((s) => `${s.title} (${s.available} left / เหลือ ${s.available})`).join(", ")
  return { code: "out_of_stock", message: `Not enough stock for: ${names} (สินค้าไม่พอ: ${names})`, items: short }
}

/** The cart fields the checks and the payment routes read. */
export const CART_PAYMENT_FIELDS = [
  "id",
  "email",
  "currency_code",
  "total",
  "completed_at",
  "sales_channel_id",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.quantity",
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
