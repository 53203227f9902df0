import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { decideCertificationWorkflow } from "../../../../../../../workflows/certification/decide-certification"
import { parseOrThrow } from "../../../../../../utils/validate"
import { loadProductCertification, loadTrustProduct, operatorId, trustData } from "../../shared"

const Body = z.object({ reason: z.string().trim().max(2000).nullish() }).strict()

/** Verifies or rejects (with a reason) a pending certification of the product; the operator is recorded as the decider. */
export async function decide(req: AuthenticatedMedusaRequest, res: MedusaResponse, decision: "verify" | "reject") {
  const product = await loadTrustProduct(req, req.params.id)
  const { reason } = parseOrThrow(Body, req.body ?? {})
  const certification = await loadProductCertification(req, product, req.params.certification_id)
  await decideCertificationWorkflow(req.scope).run({
    input: { certification_id: certification.id, decision, reason, decided_by: operatorId(req) },
  })
  res.json(await trustData(req, product))
}
