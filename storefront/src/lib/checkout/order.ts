import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { StoreApiError, storeCall } from "@/lib/cart/api"
import { buildOrderView, type MedusaOrder, type OrderShipments, type OrderView } from "./order-view"

/** A placed order (its id is the buyer's receipt, as in Medusa's own /store/orders/:id), or null. */
export async function loadOrderView(orderId: string, locale: AppLocale): Promise<OrderView | null> {
  if (!/^order_[0-9A-Za-z]+$/.test(orderId)) return null
  try {
    const [{ order }, shipments] = await Promise.all([
      // Medusa's default fields already carry lines, shipping methods (with data), address and totals.
      storeCall<{ order: MedusaOrder }>(`/store/orders/${orderId}`, { locale }),
      storeCall<OrderShipments>(`/store/orders/${orderId}/shipments`, { locale }),
    ])
    return buildOrderView(order, shipments, locale)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}
