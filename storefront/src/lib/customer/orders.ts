/**
 * The account's view of one purchase: Medusa's order (amounts, items, delivery state per line)
 * joined with our shipments per producer group and the customer's own reviews. Pure.
 */
import type { MyReview, OrderDetail, OrderItem, ShipmentPart } from "./types"

export const ORDERS_PAGE_SIZE = 10

/** preparing: nothing shipped yet; shipped: on its way; delivered: the buyer confirmed it; cancelled: the group cancelled every line. */
export type PartState = "preparing" | "shipped" | "delivered" | "cancelled"

export type PartItem = OrderItem & {
  /** The buyer may review it: a parcel with this line arrived. */
  reviewable: boolean
  review: MyReview | null
}

export type OrderPartView = {
  group: { id: string; handle: string; name_th: string; name_en: string | null }
  state: PartState
  items: PartItem[]
  shipments: { id: string; carrier: string | null; trackingNumbers: string[]; shippedAt: string | null; deliveredAt: string | null }[]
  cancellations: { reason: string; created_at: string }[]
  /** A shipped parcel of this group waits for the buyer's "I received it". */
  awaitingReceipt: string | null
}

const quantityOf = (value: number | string | undefined | null) => Number(value ?? 0)

type ItemWithDetail = OrderItem & { detail?: { delivered_quantity?: number | string; quantity?: number | string } | null }

export function buildOrderParts(order: OrderDetail, parts: ShipmentPart[], reviews: MyReview[]): OrderPartView[] {
  const itemsById = new Map(order.items.map((item) => [item.id, item as ItemWithDetail]))
  const fulfillments = new Map((order.fulfillments ?? []).map((f) => [f.id, f]))
  const reviewByProduct = new Map(reviews.map((review) => [review.product_id, review]))
  return parts.map((part) => {
    const items: PartItem[] = part.items.flatMap((line) => {
      const item = itemsById.get(line.id)
      if (!item) return []
      const delivered = quantityOf(item.detail?.delivered_quantity) > 0
      return [{ ...item, quantity: line.quantity, reviewable: delivered && !!item.product_id, review: item.product_id ? reviewByProduct.get(item.product_id) ?? null : null }]
    })
    const shipments = part.shipments
      .map((shipment) => {
        const fulfillment = fulfillments.get(shipment.id)
        return {
          id: shipment.id,
          carrier: shipment.carrier,
          trackingNumbers: shipment.tracking_numbers,
          shippedAt: shipment.shipped_at,
          deliveredAt: fulfillment?.delivered_at ?? null,
          canceled: !!fulfillment?.canceled_at,
        }
      })
      .filter((shipment) => !shipment.canceled)
      .map(({ canceled: _canceled, ...shipment }) => shipment)
    const open = shipments.find((shipment) => shipment.shippedAt && !shipment.deliveredAt)
    const allCancelled = items.every((item) => quantityOf(item.quantity) === 0) && part.cancellations.length > 0
    const state: PartState = allCancelled
      ? "cancelled"
      : open
        ? "shipped"
        : shipments.length && shipments.every((shipment) => shipment.deliveredAt)
          ? "delivered"
          : "preparing"
    return {
      group: part.producer_group,
      state,
      items,
      shipments,
      cancellations: part.cancellations.map(({ reason, created_at }) => ({ reason, created_at })),
      awaitingReceipt: open?.id ?? null,
    }
  })
}

/** The order's state in the list: the least advanced of its parts. */
export function overallState(parts: Pick<OrderPartView, "state">[]): PartState {
  const order: PartState[] = ["preparing", "shipped", "delivered", "cancelled"]
  const live = parts.filter((part) => part.state !== "cancelled")
  if (!live.length) return parts.length ? "cancelled" : "preparing"
  return live.map((part) => part.state).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]
}

/** Orders list state from Medusa's fulfillment_status (the list does not load shipments per group). */
export function listState(fulfillmentStatus: string | undefined, status: string): PartState {
  if (status === "canceled") return "cancelled"
  switch (fulfillmentStatus) {
    case "delivered":
      return "delivered"
    case "shipped":
    case "partially_shipped":
    case "partially_delivered":
      return "shipped"
    default:
      return "preparing"
  }
}
