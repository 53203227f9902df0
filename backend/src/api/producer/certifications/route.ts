import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../acting-group"
import { listForActingGroup, submitForActingGroup } from "./shared"

/** GET /producer/certifications: all of the group's certifications, with expiry warnings. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ certifications: await listForActingGroup(req) })
}

/** POST /producer/certifications: a certification of the whole group (GMP, HACCP, Authentic Thai Taste…). */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  res.status(201).json({ certification: await submitForActingGroup(req, null) })
}
