import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { cancelGroupLinesWorkflow } from "../../../../../workflows/order/cancel-group-lines"
import { parseOrThrow } from "../../../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../../../acting-group"
import { loadGroupOrder } from "../../load-own"

const CancelBody = z.object({
  reason: z.string().trim().min(3, "say why (at least 3 characters), e.g. วัตถุดิบหมด / out of raw material").max(500),
  items: z.array(z.object({ id: z.string(), quantity: z.number().int().min(1) })).min(1).optional(),
})

/**
 * POST /producer/orders/:id/cancellations: cancel the acting group's unshipped lines of an
 * order (all of them unless `items` says which), with a reason the buyer sees.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const order = await loadGroupOrder(req, req.params.id) // another group's order: 404 before anything else
  const body = parseOrThrow(CancelBody, req.body)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order is already cancelled")
  const open = new Map<string, { ordered: number; left: number; line: any }>(
    order.items.map((i: any) => {
      const ordered = Number(i.quantity)
      return [i.id, { ordered, left: ordered - Number(i.detail?.fulfilled_quantity ?? 0), line: i }]
    })
  )
  const items = body.items ?? [...open].filter(([, q]) => q.left > 0).map(([id, q]) => ({ id, quantity: q.left }))
  for (const item of items) {
    const line = open.get(item.id)
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `items: line ${item.id} was not found in this order`)
    if (item.quantity > line.left) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `items: line ${item.id} has only ${line.left} not yet shipped; shipped items cannot be cancelled`)
    }
  }
  if (!items.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing of this order is left to cancel: it is all shipped or cancelled")
  await cancelGroupLinesWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      group_id: actingGroupId(req),
      reason: body.reason,
      items: items.map((i) => {
        const line = open.get(i.id)!.line
        return { ...i, title: line.title, product_id: line.product_id, unit_price: Number(line.unit_price), thumbnail: line.thumbnail ?? null }
      }),
      remaining: items.map((i) => ({ id: i.id, quantity: open.get(i.id)!.ordered - i.quantity })),
      canceled_by: req.producer.producer_id,
    },
  })
  res.status(201).json({ order: await loadGroupOrder(req, req.params.id) })
}
