import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { OTOP_GRADE_MODULE } from "../../../../../modules/otop-grade"
import type OtopGradeModuleService from "../../../../../modules/otop-grade/service"
import { recordOtopGradesWorkflow } from "../../../../../workflows/otop-grade/record-otop-grades"
import { parseOrThrow } from "../../../../utils/validate"
import type { StaffRequest } from "../../../staff-scope"
import { loadProductInScope } from "../../load-in-scope"

const currentBe = () => new Date().getFullYear() + 543

const GradeBody = z.object({
  round_be: z.number().int().min(2546, "a selection round as a BE year, e.g. 2567").refine((y) => y <= currentBe() + 1, "a selection round as a BE year, e.g. 2567"),
  stars: z.number().int().min(1, "1 to 5").max(5, "1 to 5"),
  score: z.number().min(0).max(100).nullish(),
  certificate_number: z.string().trim().max(60).nullish(),
  announced_at: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "a date as YYYY-MM-DD").nullish(),
})

/** GET /staff/products/:id/grades: the product's official grades, latest round first. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  await loadProductInScope(req, req.params.id)
  const service: OtopGradeModuleService = req.scope.resolve(OTOP_GRADE_MODULE)
  res.json({ grades: await service.listOtopGrades({ product_id: req.params.id }, { order: { round_be: "DESC" } }) })
}

/** POST /staff/products/:id/grades: record the grade of one selection round (a round already graded is a 422). */
export const POST = async (req: StaffRequest, res: MedusaResponse) => {
  const { group } = await loadProductInScope(req, req.params.id) // outside the provinces: 404 before anything else
  const body = parseOrThrow(GradeBody, req.body)
  await recordOtopGradesWorkflow(req.scope).run({
    input: {
      grades: [{ ...body, product_id: req.params.id, group_id: group.id, province_code: group.province_code }],
      source: "staff",
      recorded_by: req.staff.staff_id,
      on_existing: "refuse",
    },
  })
  const service: OtopGradeModuleService = req.scope.resolve(OTOP_GRADE_MODULE)
  res.status(201).json({ grades: await service.listOtopGrades({ product_id: req.params.id }, { order: { round_be: "DESC" } }) })
}
