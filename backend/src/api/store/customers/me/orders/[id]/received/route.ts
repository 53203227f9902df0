import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"

/**
 * POST /store/customers/me/orders/:id/received: the buyer confirms that the order's shipped
 * parcels arrived (each group's shipment is marked delivered), which lets them review the products.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const open = ((order as any).fulfillments ?? []).filter((f: any) => f?.shipped_at && !f.delivered_at && !f.canceled_at)
  if (!open.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing of this order is on its way: no shipped parcel waits for delivery")
  for (const f of open) {
    await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({ input: { orderId: order.id, fulfillmentId: f.id } })
  }
  res.json({ order_id: order.id, delivered: open.map((f: any) => f.id) })
}
