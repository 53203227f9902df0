import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { parseOrThrow } from "../../../../../../utils/validate"

const ReceivedBody = z.object({
  /** One parcel (a producer group's shipment); without it, every parcel on its way. */
  fulfillment_id: z.string().trim().min(1).optional(),
})

/**
 * POST /store/customers/me/orders/:id/received: the buyer confirms that the order's shipped
 * parcels arrived (each group's shipment is marked delivered), which lets them review the products.
 * With `fulfillment_id`, only that parcel: a purchase from two groups arrives in two parcels.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { fulfillment_id } = parseOrThrow(ReceivedBody, req.body ?? {})
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const open = ((order as any).fulfillments ?? []).filter(
    (f: any) => f?.shipped_at && !f.delivered_at && !f.canceled_at && (!fulfillment_id || f.id === fulfillment_id)
  )
  if (!open.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing of this order is on its way: no shipped parcel waits for delivery")
  for (const f of open) {
    await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({ input: { orderId: order.id, fulfillmentId: f.id } })
  }
  res.json({ order_id: order.id, delivered: open.map((f: any) => f.id) })
}
