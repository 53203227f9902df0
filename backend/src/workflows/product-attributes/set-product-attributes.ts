import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_ATTRIBUTES_MODULE } from "../../modules/product-attributes"
import { ROYAL_PATTERNS } from "../../modules/product-attributes/data/vocabularies"
import type ProductAttributesModuleService from "../../modules/product-attributes/service"
import type { ProductAttributesBodyType } from "../../modules/product-attributes/data/schema"

export const setProductAttributesWorkflowId = "set-product-attributes"
export const PRODUCT_ATTRIBUTES_CHANGED_EVENT = "product-attributes.changed"

export type SetProductAttributesInput = { product_id: string; group_id: string; attributes: ProductAttributesBodyType }

const FIELDS = ["fiber", "techniques", "dye", "fabric_type", "royal_pattern", "royal_pattern_year_be", "provincial_pattern", "hand_woven", "soft_power", "campaigns"] as const

const upsertProductAttributesStep = createStep(
  "upsert-product-attributes",
  async (input: SetProductAttributesInput, { container }) => {
    const service: ProductAttributesModuleService = container.resolve(PRODUCT_ATTRIBUTES_MODULE)
    const fabric = input.attributes.fabric
    const values = {
      fiber: fabric?.fiber ?? null,
      techniques: fabric?.techniques ?? [],
      dye: fabric?.dye ?? null,
      fabric_type: fabric?.fabric_type ?? null,
      royal_pattern: fabric?.royal_pattern ?? null,
      royal_pattern_year_be: fabric?.royal_pattern
        ? fabric.royal_pattern_year_be ?? ROYAL_PATTERNS.find((p) => p.code === fabric.royal_pattern)?.year_be ?? null
        : null,
      provincial_pattern: fabric?.provincial_pattern ?? null,
      hand_woven: fabric?.hand_woven ?? null,
      soft_power: input.attributes.soft_power,
      campaigns: input.attributes.campaigns,
    }
    const [existing] = await service.listProductAttributes({ product_id: input.product_id })
    if (existing) {
      const previous: Record<string, unknown> | null = Object.fromEntries(FIELDS.map((f) => [f, (existing as any)[f]]))
      const updated = await service.updateProductAttributes({ id: existing.id, ...values } as any)
      return new StepResponse({ record: updated, created: false }, { id: existing.id, previous })
    }
    const created = await service.createProductAttributes({ product_id: input.product_id, group_id: input.group_id, ...values } as any)
    return new StepResponse({ record: created, created: true }, { id: created.id, previous: null as Record<string, unknown> | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ProductAttributesModuleService = container.resolve(PRODUCT_ATTRIBUTES_MODULE)
    if (undo.previous) await service.updateProductAttributes({ id: undo.id, ...undo.previous } as any)
    else await service.deleteProductAttributes([undo.id])
  }
)

/** Sets a product's fabric, soft-power and campaign attributes (one record per product). */
export const setProductAttributesWorkflow = createWorkflow(setProductAttributesWorkflowId, (input: SetProductAttributesInput) => {
  const result = upsertProductAttributesStep(input)
  createRemoteLinkStep(
    transform({ result, input }, ({ result, input }) =>
      result.created
        ? [{ [Modules.PRODUCT]: { product_id: input.product_id }, [PRODUCT_ATTRIBUTES_MODULE]: { product_attributes_id: result.record.id } }]
        : []
    )
  )
  emitEventStep({ eventName: PRODUCT_ATTRIBUTES_CHANGED_EVENT, data: transform({ input }, ({ input }) => ({ product_id: input.product_id })) })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.record))
})
