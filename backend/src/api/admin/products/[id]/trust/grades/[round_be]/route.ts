import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { OTOP_GRADE_MODULE } from "../../../../../../../modules/otop-grade"
import type OtopGradeModuleService from "../../../../../../../modules/otop-grade/service"
import { recordOtopGradesWorkflow } from "../../../../../../../workflows/otop-grade/record-otop-grades"
import { parseOrThrow } from "../../../../../../utils/validate"
import { loadTrustProduct, operatorId, requireGroup, trustData } from "../../shared"
import { CorrectGradeBody, RoundBe } from "../validators"

/**
 * POST /admin/products/:id/trust/grades/:round_be: an operator corrects the grade of a round the
 * product already has ({ stars, score?, certificate_number?, announced_at? }; a field left out
 * keeps its value). The correction records the operator as its author.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await loadTrustProduct(req, req.params.id)
  const { round_be } = parseOrThrow(z.object({ round_be: RoundBe }), req.params)
  const body = parseOrThrow(CorrectGradeBody, req.body)
  const service: OtopGradeModuleService = req.scope.resolve(OTOP_GRADE_MODULE)
  const [existing] = await service.listOtopGrades({ product_id: product.id, round_be })
  if (!existing) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `round_be: this product has no grade for round ${round_be}; add it with POST /admin/products/${product.id}/trust/grades`)
  }
  const group = requireGroup(product)
  await recordOtopGradesWorkflow(req.scope).run({
    input: {
      grades: [{ ...body, round_be, product_id: product.id, group_id: group.id, province_code: group.province_code }],
      source: "operator",
      recorded_by: operatorId(req),
      on_existing: "update",
    },
  })
  res.json(await trustData(req, product))
}
