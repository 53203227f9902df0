import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { parseOrThrow } from "../../utils/validate"
import type { ProducerRequest } from "../acting-group"
import { groupOrderIds, loadGroupOrders } from "./load-own"

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /producer/orders: the orders with the acting group's lines (only those lines). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { limit, offset } = parseOrThrow(ListQuery, req.query)
  const ids = await groupOrderIds(req)
  if (!ids.length) return res.json({ orders: [], count: 0, limit, offset })
  const { orders, count } = await loadGroupOrders(req, ids, { take: limit, skip: offset })
  res.json({ orders, count, limit, offset })
}
