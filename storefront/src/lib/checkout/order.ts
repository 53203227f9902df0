import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { StoreApiError, storeCall } from "@/lib/cart/api"
import type { MedusaAddress, RawAmount } from "@/lib/cart/types"
import { buildOrderView, type MedusaOrder, type OrderShipments, type OrderView } from "./order-view"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "total",
  "item_total",
  "shipping_total",
  "tax_total",
  "*items",
  "*shipping_methods",
  "*shipping_address",
].join(",")

/** A placed order (its id is the buyer's receipt, as in Medusa's own /store/orders/:id), or null. */
export async function loadOrderView(orderId: string, locale: AppLocale): Promise<OrderView | null> {
  if (!/^order_[0-9A-Za-z]+$/.test(orderId)) return null
  try {
    const [{ order }, shipments] = await Promise.all([
      storeCall<{ order: MedusaOrder }>(`/store/orders/${orderId}`, { query: { fields: ORDER_FIELDS }, locale }),
      storeCall<OrderShipments>(`/store/orders/${orderId}/shipments`, { locale }),
    ])
    return buildOrderView(order, shipments, locale)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

export type { MedusaAddress, RawAmount }
