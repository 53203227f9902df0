import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { shipGroupLinesWorkflow } from "../../../../../workflows/order/ship-group-lines"
import { parseOrThrow } from "../../../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../../../acting-group"
import { loadGroupOrder } from "../../load-own"

const ShipBody = z.object({
  carrier: z.string().trim().min(2).max(60),
  tracking_number: z.string().trim().min(4).max(60),
  items: z.array(z.object({ id: z.string(), quantity: z.number().int().min(1) })).min(1).optional(),
})

/**
 * POST /producer/orders/:id/fulfillments: ship the acting group's lines (all still unshipped
 * ones unless `items` says which) from the group's own location, with carrier and tracking number.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const order = await loadGroupOrder(req, req.params.id) // another group's order: 404 before anything else
  const body = parseOrThrow(ShipBody, req.body)
  const open = new Map<string, number>(
    order.items.map((i: any) => [i.id, Number(i.quantity) - Number(i.detail?.fulfilled_quantity ?? 0)])
  )
  const items = body.items ?? [...open].filter(([, q]) => q > 0).map(([id, quantity]) => ({ id, quantity }))
  for (const item of items) {
    const left = open.get(item.id)
    if (left === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `items: line ${item.id} was not found in this order`)
    if (item.quantity > left) throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: line ${item.id} has only ${left} left to ship`)
  }
  if (!items.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Everything of this order is already shipped")
  // The group's location, and the shipping method the buyer chose for this group's part.
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields: ["stock_location.id", "stock_location.fulfillment_sets.service_zones.shipping_options.id"],
    filters: { id: actingGroupId(req) },
  })
  const location = (group as any)?.stock_location
  const groupOptions = new Set<string>(
    (location?.fulfillment_sets ?? []).flatMap((fs: any) => (fs?.service_zones ?? []).flatMap((z: any) => (z?.shipping_options ?? []).map((o: any) => o?.id)))
  )
  const { data: [withMethods] } = await query.graph({ entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: order.id } })
  const method = ((withMethods as any)?.shipping_methods ?? []).find((m: any) => groupOptions.has(m?.shipping_option_id))
  await shipGroupLinesWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      location_id: location?.id,
      shipping_option_id: method?.shipping_option_id,
      items,
      carrier: body.carrier,
      tracking_number: body.tracking_number,
      created_by: req.producer.producer_id,
    },
  })
  res.status(201).json({ order: await loadGroupOrder(req, req.params.id) })
}
