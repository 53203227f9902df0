import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import GroupOrderLink from "../../../links/producer-group-order"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { actingGroupId, type ProducerRequest } from "../acting-group"
import { groupProductIds } from "../products/load-own"

export const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "email",
  "currency_code",
  "shipping_address.*",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.product_id",
  "items.variant_id",
  "items.variant_sku",
  "items.thumbnail",
  "items.unit_price",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

/** Ids of the orders that contain the acting group's products. */
export async function groupOrderIds(req: ProducerRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: GroupOrderLink.entryPoint, fields: ["order_id"], filters: { producer_group_id: actingGroupId(req) } })
  return data.map((l: any) => l.order_id)
}

/**
 * An order as the acting group may see it: only its own lines and its own fulfilments, with the
 * customer's shipping address (it ships them) and nothing of the other groups' part.
 */
export async function loadGroupOrders(req: ProducerRequest, orderIds: string[], pagination?: { take: number; skip: number }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const products = new Set(await groupProductIds(req))
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderIds },
    ...(pagination ? { pagination: { ...pagination, order: { created_at: "DESC" } } } : {}),
  })
  // The group's own cancellations (with the reason it gave), never another group's.
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const cancellations = data.length
    ? await producers.listGroupOrderCancellations(
        { group_id: actingGroupId(req), order_id: data.map((o: any) => o.id) },
        { order: { created_at: "ASC" } }
      )
    : []
  const orders = data.map((order: any) => {
    // An order line's quantities live on its detail record.
    const items = (order.items ?? [])
      .filter((i: any) => products.has(i.product_id))
      .map((i: any) => ({ ...i, quantity: Number(i.detail?.quantity ?? 0) }))
    const lineIds = new Set(items.map((i: any) => i.id))
    const fulfillments = (order.fulfillments ?? []).filter((f: any) => (f.items ?? []).some((fi: any) => lineIds.has(fi.line_item_id)))
    const toShip = items.reduce((n: number, i: any) => n + Number(i.quantity) - Number(i.detail?.fulfilled_quantity ?? 0), 0)
    const canceled = cancellations
      .filter((c) => c.order_id === order.id)
      .map((c) => ({ id: c.id, reason: c.reason, items: c.items, created_at: c.created_at }))
    const shippedAny = items.some((i: any) => Number(i.detail?.fulfilled_quantity ?? 0) > 0)
    const groupStatus = toShip > 0 ? "to_ship" : shippedAny ? "shipped" : canceled.length ? "canceled" : "shipped"
    return { ...order, items, fulfillments, cancellations: canceled, group_status: groupStatus }
  })
  return { orders, count: metadata?.count ?? orders.length }
}

export async function loadGroupOrder(req: ProducerRequest, orderId: string) {
  const ids = await groupOrderIds(req)
  if (!ids.includes(orderId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  return (await loadGroupOrders(req, [orderId])).orders[0]
}
