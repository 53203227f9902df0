import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"

/**
 * GET /store/orders/:id/shipments: one purchase, a part per producer group: its lines, and each
 * shipment with carrier and tracking number, and any lines the group cancelled with its reason. Same access as Medusa's /store/orders/:id (the id
 * is the buyer's receipt).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.title",
      "items.product_id",
      "items.detail.quantity",
      "fulfillments.id",
      "fulfillments.shipped_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.labels.tracking_number",
      "producer_groups.id",
      "producer_groups.handle",
      "producer_groups.name_th",
      "producer_groups.name_en",
      "producer_groups.products.id",
    ],
    filters: { id: req.params.id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const cancellations = await producers.listGroupOrderCancellations({ order_id: order.id }, { order: { created_at: "ASC" } })
  const parts = ((order as any).producer_groups ?? []).map((group: any) => {
    const products = new Set((group.products ?? []).map((p: any) => p?.id))
    const items = ((order as any).items ?? []).filter((i: any) => products.has(i?.product_id))
    const lineIds = new Set(items.map((i: any) => i.id))
    const shipments = ((order as any).fulfillments ?? [])
      .filter((f: any) => (f?.items ?? []).some((fi: any) => lineIds.has(fi?.line_item_id)))
      .map((f: any) => ({
        id: f.id,
        shipped_at: f.shipped_at,
        carrier: f.metadata?.carrier ?? null,
        tracking_numbers: (f.labels ?? []).map((l: any) => l?.tracking_number).filter(Boolean),
      }))
    return {
      producer_group: { id: group.id, handle: group.handle, name_th: group.name_th, name_en: group.name_en },
      items: items.map((i: any) => ({ id: i.id, title: i.title, product_id: i.product_id, quantity: Number(i.detail?.quantity ?? 0) })),
      shipments,
      cancellations: cancellations
        .filter((c) => c.group_id === group.id)
        .map((c) => ({ reason: c.reason, items: c.items, created_at: c.created_at })),
    }
  })
  res.json({ order_id: order.id, parts })
}
