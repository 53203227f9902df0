import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  beginOrderEditOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  requestOrderEditRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const cancelGroupLinesWorkflowId = "cancel-producer-group-lines"
export const GROUP_LINES_CANCELED_EVENT = "producer-group.order-lines-canceled"

export type CancelGroupLinesInput = {
  order_id: string
  group_id: string
  reason: string
  /** Lines of this group and how many of each to cancel (never more than is still unshipped). */
  items: { id: string; quantity: number; title: string; product_id: string | null; unit_price: number; thumbnail: string | null }[]
  /** The quantity each line keeps after the cancellation (ordered minus cancelled). */
  remaining: { id: string; quantity: number }[]
  canceled_by: string
}

const recordCancellationStep = createStep(
  "record-group-order-cancellation",
  async (input: CancelGroupLinesInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const record = await producers.createGroupOrderCancellations({
      group_id: input.group_id,
      order_id: input.order_id,
      reason: input.reason,
      // A snapshot: Medusa's order edit removes a line whose quantity drops to zero.
      items: input.items.map((i) => ({
        line_item_id: i.id,
        quantity: i.quantity,
        title: i.title,
        product_id: i.product_id,
        unit_price: i.unit_price,
        thumbnail: i.thumbnail,
      })) as any,
      canceled_by: input.canceled_by,
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteGroupOrderCancellations(id)
  }
)

/**
 * A group cancels (some of) its unshipped lines of an order, with a reason: Medusa's order edit
 * lowers the quantities (its confirmation releases the stock reservations and recomputes the
 * order's totals, so the amount to refund shows in the Medusa admin), the reason is kept for the
 * buyer, and an event tells the buyer. The other groups' lines of the order are untouched.
 */
export const cancelGroupLinesWorkflow = createWorkflow(cancelGroupLinesWorkflowId, (input: CancelGroupLinesInput) => {
  beginOrderEditOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      created_by: input.canceled_by,
      description: "Producer group cancelled lines",
      internal_note: input.reason,
    })),
  })
  orderEditUpdateItemQuantityWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, items: input.remaining })),
  })
  requestOrderEditRequestWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, requested_by: input.canceled_by })),
  })
  confirmOrderEditRequestWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, confirmed_by: input.canceled_by })),
  })
  const record = recordCancellationStep(input)
  emitEventStep({
    eventName: GROUP_LINES_CANCELED_EVENT,
    data: transform({ input, record }, ({ input, record }) => ({
      id: record.id,
      order_id: input.order_id,
      group_id: input.group_id,
    })),
  })
  return new WorkflowResponse(record)
})
