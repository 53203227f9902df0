import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decide } from "../decide"

/** POST /admin/products/:id/trust/certifications/:certification_id/reject: reject a pending certification with { reason }. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => decide(req, res, "reject")
