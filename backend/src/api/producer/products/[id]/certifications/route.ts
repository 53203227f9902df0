import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../../acting-group"
import { listForActingGroup, submitForActingGroup } from "../../../certifications/shared"
import { assertOwnProduct } from "../../load-own"

/**
 * POST /producer/products/:id/certifications: claim a standard or mark for one of the group's
 * products ({ scheme, number, certificate_number?, issued_at?, expires_at?, document_id? }).
 * A wrong number is a 400 that shows the expected format; without a document it is a draft.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id) // another group's product: 404 first
  res.status(201).json({ certification: await submitForActingGroup(req, req.params.id) })
}

/** GET /producer/products/:id/certifications: the product's certifications, whatever their status. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id)
  res.json({ certifications: await listForActingGroup(req, req.params.id) })
}
