import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordOtopGradesWorkflow } from "../../../../../../workflows/otop-grade/record-otop-grades"
import { parseOrThrow } from "../../../../../utils/validate"
import { loadTrustProduct, operatorId, requireGroup, trustData } from "../shared"
import { AddGradeBody } from "./validators"

/**
 * POST /admin/products/:id/trust/grades: an operator records the grade of a selection round not
 * yet graded ({ round_be, stars, score?, certificate_number?, announced_at? }); a round already
 * graded is a 422 (correct it with POST .../grades/:round_be). Answers the whole trust data.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await loadTrustProduct(req, req.params.id)
  const body = parseOrThrow(AddGradeBody, req.body)
  const group = requireGroup(product)
  await recordOtopGradesWorkflow(req.scope).run({
    input: {
      grades: [{ ...body, product_id: product.id, group_id: group.id, province_code: group.province_code }],
      source: "operator",
      recorded_by: operatorId(req),
      on_existing: "refuse",
    },
  })
  res.status(201).json(await trustData(req, product))
}
