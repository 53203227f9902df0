import type { AppLocale } from "@/i18n/routing"
import type { MedusaAddress, RawAmount } from "@/lib/cart/types"
import { roundToSatang } from "@/lib/money"

export type MedusaOrder = {
  id: string
  display_id: number
  email?: string | null
  total?: RawAmount | null
  item_total?: RawAmount | null
  shipping_total?: RawAmount | null
  tax_total?: RawAmount | null
  items?: {
    id: string
    product_title?: string | null
    title?: string | null
    variant_title?: string | null
    thumbnail?: string | null
    quantity: number
    unit_price?: RawAmount | null
    total?: RawAmount | null
  }[] | null
  shipping_methods?: { id: string; name?: string | null; amount?: RawAmount | null; total?: RawAmount | null; data?: Record<string, unknown> | null }[] | null
  shipping_address?: MedusaAddress | null
}

/** GET /store/orders/:id/shipments */
export type OrderShipments = {
  parts: {
    producer_group: { id: string; handle: string; name_th: string; name_en: string | null }
    items: { id: string }[]
  }[]
}

export type OrderLineView = { id: string; title: string; variantTitle: string | null; quantity: number; total: string }
export type OrderGroupView = {
  id: string | null
  name: string
  items: OrderLineView[]
  shipping: { name: string; amount: string } | null
}
export type OrderView = {
  id: string
  displayId: number
  email: string | null
  groups: OrderGroupView[]
  itemTotal: string
  shippingTotal: string
  taxTotal: string
  total: string
  address: MedusaAddress | null
}

const amount = (value: RawAmount | null | undefined) => roundToSatang(value ?? 0)
const DEFAULT_VARIANT_TITLES = new Set(["default", "default variant", "default title", "มาตรฐาน"])

/**
 * The receipt grouped by producer group: the lines each group ships (from the shipments route)
 * and the shipping method the checkout tagged with the group.
 */
export function buildOrderView(order: MedusaOrder, shipments: OrderShipments, locale: AppLocale): OrderView {
  const items = order.items ?? []
  const methods = order.shipping_methods ?? []
  const placed = new Set<string>()
  const line = (item: (typeof items)[number]): OrderLineView => {
    placed.add(item.id)
    const variant = item.variant_title && !DEFAULT_VARIANT_TITLES.has(item.variant_title.trim().toLowerCase()) ? item.variant_title : null
    return {
      id: item.id,
      title: item.product_title || item.title || "",
      variantTitle: variant,
      quantity: Number(item.quantity),
      total: item.total !== null && item.total !== undefined ? amount(item.total) : amount(0),
    }
  }
  const groups: OrderGroupView[] = shipments.parts.map((part) => {
    const ids = new Set(part.items.map((i) => i.id))
    const method = methods.find((m) => m.data?.producer_group_id === part.producer_group.id)
    return {
      id: part.producer_group.id,
      name: (locale === "en" ? part.producer_group.name_en : null) || part.producer_group.name_th,
      items: items.filter((item) => ids.has(item.id)).map(line),
      shipping: method ? { name: method.name ?? "", amount: amount(method.total ?? method.amount) } : null,
    }
  })
  const rest = items.filter((item) => !placed.has(item.id))
  if (rest.length) groups.push({ id: null, name: "", items: rest.map(line), shipping: null })
  return {
    id: order.id,
    displayId: order.display_id,
    email: order.email ?? null,
    groups,
    itemTotal: amount(order.item_total),
    shippingTotal: amount(order.shipping_total),
    taxTotal: amount(order.tax_total),
    total: amount(order.total),
    address: order.shipping_address ?? null,
  }
}
