import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { OTOP_GRADE_MODULE } from "../../modules/otop-grade"
import type OtopGradeModuleService from "../../modules/otop-grade/service"

export const recordOtopGradesWorkflowId = "record-otop-grades"
export const OTOP_GRADES_RECORDED_EVENT = "otop-grade.recorded"

export type OtopGradeInput = {
  product_id: string
  group_id: string
  province_code: string
  round_be: number
  stars: number
  score?: number | null
  certificate_number?: string | null
  announced_at?: string | null
}

export type RecordOtopGradesInput = {
  grades: OtopGradeInput[]
  /** Who entered it: CDD staff by hand, CDD's open data (an import), or a platform operator in the Medusa admin. */
  source: "staff" | "cdd_open_data" | "operator"
  /** The id of the CDD officer or of the operator (a Medusa admin user). A correction records its author. */
  recorded_by: string
  /** A product already graded in the round: a 422 (one by one), or corrected (a re-imported file). */
  on_existing: "refuse" | "update"
}

type Undo = { created: string[]; updated: any[] }

const upsertOtopGradesStep = createStep(
  "upsert-otop-grades",
  async (input: RecordOtopGradesInput, { container }) => {
    const service: OtopGradeModuleService = container.resolve(OTOP_GRADE_MODULE)
    for (const g of input.grades) {
      if (!Number.isInteger(g.stars) || g.stars < 1 || g.stars > 5) throw new MedusaError(MedusaError.Types.INVALID_DATA, "stars: 1 to 5")
    }
    const existing = input.grades.length
      ? await service.listOtopGrades({ product_id: input.grades.map((g) => g.product_id), round_be: [...new Set(input.grades.map((g) => g.round_be))] })
      : []
    const byKey = new Map(existing.map((e) => [`${e.product_id}:${e.round_be}`, e]))
    const toCreate: OtopGradeInput[] = []
    const toUpdate: {
      id: string
      stars: number
      source: RecordOtopGradesInput["source"]
      recorded_by: string
      score?: number | null
      certificate_number?: string | null
      announced_at?: Date | null
    }[] = []
    for (const g of input.grades) {
      const found = byKey.get(`${g.product_id}:${g.round_be}`)
      if (found && input.on_existing === "refuse") {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `round_be: this product already has a grade for round ${g.round_be} (${found.stars} stars)`)
      }
      if (found) {
        toUpdate.push({
          id: found.id,
          stars: g.stars,
          source: input.source,
          recorded_by: input.recorded_by,
          ...(g.score !== undefined ? { score: g.score } : {}),
          ...(g.certificate_number !== undefined ? { certificate_number: g.certificate_number } : {}),
          ...(g.announced_at !== undefined ? { announced_at: g.announced_at ? new Date(g.announced_at) : null } : {}),
        })
      } else toCreate.push(g)
    }
    const created = toCreate.length
      ? await service.createOtopGrades(
          toCreate.map((g) => ({
            ...g,
            score: g.score ?? null,
            certificate_number: g.certificate_number ?? null,
            announced_at: g.announced_at ? new Date(g.announced_at) : null,
            source: input.source,
            recorded_by: input.recorded_by,
          }))
        )
      : []
    const previous = existing.filter((e) => toUpdate.some((u) => u.id === e.id))
    if (toUpdate.length) await service.updateOtopGrades(toUpdate as any)
    return new StepResponse(
      { created: created.map((c) => ({ id: c.id, product_id: c.product_id })), updated: toUpdate.map((u) => u.id) },
      { created: created.map((c) => c.id), updated: previous } as Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: OtopGradeModuleService = container.resolve(OTOP_GRADE_MODULE)
    if (undo.created.length) await service.deleteOtopGrades(undo.created)
    if (undo.updated.length) {
      await service.updateOtopGrades(
        undo.updated.map((p) => ({
          id: p.id,
          stars: p.stars,
          score: p.score,
          certificate_number: p.certificate_number,
          announced_at: p.announced_at,
          source: p.source,
          recorded_by: p.recorded_by,
        }))
      )
    }
  }
)

/**
 * Records official grades (one from a staff form, or a whole round from CDD's open data) in one
 * transaction: all of them, or none.
 */
export const recordOtopGradesWorkflow = createWorkflow(recordOtopGradesWorkflowId, (input: RecordOtopGradesInput) => {
  const result = upsertOtopGradesStep(input)
  createRemoteLinkStep(
    transform({ result }, ({ result }) =>
      result.created.map((g) => ({ [Modules.PRODUCT]: { product_id: g.product_id }, [OTOP_GRADE_MODULE]: { otop_grade_id: g.id } }))
    )
  )
  emitEventStep({
    eventName: OTOP_GRADES_RECORDED_EVENT,
    data: transform({ input }, ({ input }) => ({ product_ids: [...new Set(input.grades.map((g) => g.product_id))] })),
  })
  return new WorkflowResponse(result)
})
