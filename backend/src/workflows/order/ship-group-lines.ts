import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"

export const shipGroupLinesWorkflowId = "ship-producer-group-lines"

export type ShipGroupLinesInput = {
  order_id: string
  location_id?: string
  shipping_option_id?: string
  items: { id: string; quantity: number }[]
  carrier: string
  tracking_number: string
  created_by: string
}

/** A group ships its lines of an order: a fulfilment from its location, then the shipment with tracking. */
export const shipGroupLinesWorkflow = createWorkflow(shipGroupLinesWorkflowId, (input: ShipGroupLinesInput) => {
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: input.location_id,
      shipping_option_id: input.shipping_option_id,
      created_by: input.created_by,
      metadata: { carrier: input.carrier },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: input.items,
      created_by: input.created_by,
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
    })),
  })
  return new WorkflowResponse(fulfillment)
})
