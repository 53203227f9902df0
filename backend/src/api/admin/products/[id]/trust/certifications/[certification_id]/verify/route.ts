import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decide } from "../decide"

/** POST /admin/products/:id/trust/certifications/:certification_id/verify: verify a pending certification (a draft without a document cannot be). */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => decide(req, res, "verify")
