import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadTrustProduct, trustData } from "./shared"

/**
 * GET /admin/products/:id/trust: the product's official grades (every round, newest first), its
 * certifications (and its group's group-wide ones), fabric/soft-power/campaign attributes, and
 * the vocabularies and schemes the operator's forms offer. Read by the admin product widget.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await loadTrustProduct(req, req.params.id)
  res.json(await trustData(req, product))
}
