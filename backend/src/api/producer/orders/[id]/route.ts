import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../acting-group"
import { loadGroupOrder } from "../load-own"

/** GET /producer/orders/:id: one order, the acting group's part of it. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ order: await loadGroupOrder(req, req.params.id) })
}
