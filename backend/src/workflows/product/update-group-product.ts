import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import {
  batchProductVariantsWorkflow,
  batchTranslationsWorkflow,
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductOptionsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Bilingual } from "./create-group-products"
import { DEFAULT_VALUE } from "./create-group-products"

export const updateGroupProductWorkflowId = "update-group-product"

export type GroupProductVariantEdit = {
  /** An existing variant of the product; without it, a new variant. */
  id?: string | null
  option_value?: Bilingual | null
  sku?: string | null
  price: string
  /** Available to sell now (on hand minus what open orders reserve). */
  stock: number
  weight_g?: number | null
}

export type UpdateGroupProductInput = {
  group_id: string
  product_id: string
  title?: Bilingual
  subtitle?: Bilingual | null
  description?: Bilingual | null
  material?: Bilingual | null
  category_handle?: string
  status?: "draft" | "published"
  /** The pictures in display order (the first is the thumbnail). */
  image_urls?: string[]
  weight_g?: number
  made_to_order_days?: number | null
  option?: Bilingual | null
  /** The complete list: existing variants left out are removed. */
  variants?: GroupProductVariantEdit[]
}

type Loaded = {
  product: any
  group: { id: string; status: string }
  stock_location_id: string
  category_id: string | null
  reserved_by_item: Record<string, number>
  level_by_item: Record<string, string | null>
}

const loadProductForEditStep = createStep("load-group-product-for-edit", async (input: UpdateGroupProductInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: [
      "id", "handle", "metadata", "weight",
      "options.id", "options.title", "options.values.id", "options.values.value",
      "variants.id", "variants.title", "variants.sku", "variants.weight",
      "variants.options.value", "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: input.product_id },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${input.product_id} was not found`)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields: ["id", "status", "stock_location.id"],
    filters: { id: input.group_id },
  })
  const stockLocationId = (group as any)?.stock_location?.id
  if (!stockLocationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group ${input.group_id} has no stock location`)
  let categoryId: string | null = null
  if (input.category_handle) {
    const { data: [category] } = await query.graph({ entity: "product_category", fields: ["id"], filters: { handle: input.category_handle } })
    if (!category) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: '${input.category_handle}' is not an OTOP category`)
    categoryId = category.id
  }
  const itemIds = (product.variants ?? []).flatMap((v: any) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id))
  const { data: levels } = itemIds.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["id", "inventory_item_id", "location_id", "reserved_quantity"],
        filters: { inventory_item_id: itemIds, location_id: stockLocationId },
      })
    : { data: [] as any[] }
  return new StepResponse<Loaded>({
    product,
    group: { id: group.id, status: group.status },
    stock_location_id: stockLocationId,
    category_id: categoryId,
    reserved_by_item: Object.fromEntries(levels.map((l: any) => [l.inventory_item_id, Number(l.reserved_quantity ?? 0)])),
    level_by_item: Object.fromEntries(levels.map((l: any) => [l.inventory_item_id, l.id])),
  })
})

/** Checks the edit against the product as it is: its own variants only, distinct values, at least one left. */
const validateVariantEditsStep = createStep("validate-group-product-variant-edits", async ({ input, loaded }: { input: UpdateGroupProductInput; loaded: Loaded }) => {
  if (!input.variants) return new StepResponse(undefined)
  const own = new Set((loaded.product.variants ?? []).map((v: any) => v.id))
  input.variants.forEach((v, i) => {
    if (v.id && !own.has(v.id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `variants.${i}.id: variant ${v.id} is not one of this product's`)
  })
  const values = input.variants.map((v) => (v.option_value ?? DEFAULT_VALUE).th)
  values.forEach((value, i) => {
    if (values.indexOf(value) !== i) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${i}.option_value: '${value}' is used twice`)
  })
  return new StepResponse(undefined)
})

function optionOf(loaded: Loaded) {
  return (loaded.product.options ?? [])[0] as { id: string; title: string; values: { id: string; value: string }[] } | undefined
}

/** The English translations to create or update for what the edit changed. */
const loadTranslationsStep = createStep(
  "plan-group-product-translations",
  async ({ input, loaded, variants }: { input: UpdateGroupProductInput; loaded: Loaded; variants: any }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Read the product again: option values may be new.
    const { data: [product] } = await query.graph({
      entity: "product",
      fields: ["id", "options.id", "options.values.id", "options.values.value", "variants.id", "variants.title"],
      filters: { id: input.product_id },
    })
    const wanted: { reference: string; reference_id: string; translations: Record<string, string> }[] = []
    const add = (reference: string, reference_id: string, fields: Record<string, string | null | undefined>) => {
      const translations = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v ?? ""]))
      if (Object.keys(translations).length) wanted.push({ reference, reference_id, translations })
    }
    add("product", input.product_id, {
      title: input.title ? input.title.en ?? "" : undefined,
      subtitle: input.subtitle !== undefined ? input.subtitle?.en ?? "" : undefined,
      description: input.description !== undefined ? input.description?.en ?? "" : undefined,
      material: input.material !== undefined ? input.material?.en ?? "" : undefined,
    })
    if (input.option?.en) for (const o of product.options ?? []) add("product_option", o!.id, { title: input.option.en })
    if (input.variants) {
      const english = new Map(input.variants.map((v) => [(v.option_value ?? DEFAULT_VALUE).th, (v.option_value ?? DEFAULT_VALUE).en]))
      for (const o of product.options ?? []) for (const value of o!.values ?? []) if (english.get(value!.value)) add("product_option_value", value!.id, { value: english.get(value!.value) })
      for (const v of product.variants ?? []) if (english.get(v!.title!)) add("product_variant", v!.id, { title: english.get(v!.title!) })
    }
    if (!wanted.length) return new StepResponse({ create: [] as any[], update: [] as any[] })
    const { data: existing } = await query.graph({
      entity: "translation",
      fields: ["id", "reference", "reference_id", "translations"],
      filters: { reference_id: wanted.map((w) => w.reference_id), locale_code: "en-US" },
    })
    const byRef = new Map(existing.map((t: any) => [`${t.reference}:${t.reference_id}`, t]))
    const create: any[] = []
    const update: any[] = []
    for (const w of wanted) {
      const found = byRef.get(`${w.reference}:${w.reference_id}`)
      if (found) update.push({ id: found.id, translations: { ...(found.translations ?? {}), ...w.translations } })
      else create.push({ ...w, locale_code: "en-US" })
    }
    return new StepResponse({ create, update })
  }
)

/** Stock levels to write at the group's own location: what is available now, plus what open orders hold. */
const planStockStep = createStep(
  "plan-group-product-stock",
  async ({ input, loaded, variants }: { input: UpdateGroupProductInput; loaded: Loaded; variants: any }, { container }) => {
    const create: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    const update: { id?: string; inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    if (!input.variants) return new StepResponse({ create, update })
    const byVariant = new Map<string, any>((loaded.product.variants ?? []).map((v: any) => [v.id, v]))
    for (const edit of input.variants) {
      if (!edit.id) continue
      for (const item of byVariant.get(edit.id)?.inventory_items ?? []) {
        const stocked = edit.stock + (loaded.reserved_by_item[item.inventory_item_id] ?? 0)
        const row = { inventory_item_id: item.inventory_item_id, location_id: loaded.stock_location_id, stocked_quantity: stocked }
        if (loaded.level_by_item[item.inventory_item_id]) update.push({ ...row, id: loaded.level_by_item[item.inventory_item_id]! })
        else create.push(row)
      }
    }
    const fresh = input.variants.filter((v) => !v.id)
    const createdIds = ((variants as any)?.created ?? []).map((v: any) => v.id)
    const { data: created } = createdIds.length
      ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_variant",
          fields: ["id", "title", "inventory_items.inventory_item_id"],
          filters: { id: createdIds },
        })
      : { data: [] as any[] }
    for (const variant of created) {
      const edit = fresh.find((v) => (v.option_value ?? DEFAULT_VALUE).th === variant.title)
      for (const item of variant.inventory_items ?? []) {
        create.push({ inventory_item_id: item.inventory_item_id, location_id: loaded.stock_location_id, stocked_quantity: edit?.stock ?? 0 })
      }
    }
    return new StepResponse({ create, update })
  }
)

/**
 * Edits one of a group's products: content (Thai base, English translations), category,
 * pictures and their order, weight, made-to-order lead time, publication (only while the group
 * is approved), and its variants: prices, SKUs and stock at the group's own location, new
 * variants and removed ones.
 */
export const updateGroupProductWorkflow = createWorkflow(updateGroupProductWorkflowId, (input: UpdateGroupProductInput) => {
  const loaded = loadProductForEditStep(input)
  validateVariantEditsStep({ input, loaded })

  updateProductsWorkflow.runAsStep({
    input: transform({ input, loaded }, ({ input, loaded }) => {
      const update: Record<string, unknown> = {}
      if (input.title) update.title = input.title.th
      if (input.subtitle !== undefined) update.subtitle = input.subtitle?.th ?? null
      if (input.description !== undefined) update.description = input.description?.th ?? null
      if (input.material !== undefined) update.material = input.material?.th ?? null
      if (loaded.category_id) update.category_ids = [loaded.category_id]
      if (input.image_urls) {
        update.images = input.image_urls.map((url) => ({ url }))
        update.thumbnail = input.image_urls[0] ?? null
      }
      if (input.weight_g) update.weight = input.weight_g
      const metadata: Record<string, unknown> = { ...(loaded.product.metadata ?? {}) }
      if (input.made_to_order_days !== undefined) metadata.made_to_order_days = input.made_to_order_days ?? ""
      if (input.status) {
        metadata.producer_status = input.status
        // The producer's wish, but on sale only while the group is approved.
        update.status = input.status === "published" && loaded.group.status === "approved" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT
        if (input.status === "published") metadata.archived_at = ""
      }
      update.metadata = metadata
      return { selector: { id: input.product_id }, update }
    }),
  })

  // A renamed option (e.g. สี → สีผ้า).
  when({ input, loaded }, ({ input, loaded }) => !!input.option && !!optionOf(loaded) && input.option.th !== optionOf(loaded)!.title).then(() => {
    updateProductOptionsWorkflow.runAsStep({
      input: transform({ input, loaded }, ({ input, loaded }) => ({ selector: { id: optionOf(loaded)!.id }, update: { title: input.option!.th } })),
    })
  })
  // New option values first (created and allowed for this product), so new variants can use them.
  const newValues = transform({ input, loaded }, ({ input, loaded }) => {
    const option = optionOf(loaded)
    if (!input.variants || !option) return [] as string[]
    const existing = new Set(option.values.map((v) => v.value))
    return [...new Set(input.variants.map((v) => (v.option_value ?? DEFAULT_VALUE).th))].filter((v) => !existing.has(v))
  })
  when({ newValues }, ({ newValues }) => newValues.length > 0).then(() => {
    createAndLinkProductOptionsToProductWorkflow.runAsStep({
      input: transform({ input, loaded, newValues }, ({ input, loaded, newValues }) => ({
        product_id: input.product_id,
        update: [{ product_option_id: optionOf(loaded)!.id, add: newValues.map((value) => ({ value })) }],
      })),
    })
  })

  const variants = when({ input }, ({ input }) => !!input.variants).then(() =>
    batchProductVariantsWorkflow.runAsStep({
      input: transform({ input, loaded }, ({ input, loaded }) => {
        const optionTitle = input.option?.th ?? optionOf(loaded)?.title ?? "แบบ"
        const keep = new Set(input.variants!.filter((v) => v.id).map((v) => v.id as string))
        const made = input.made_to_order_days ?? loaded.product.metadata?.made_to_order_days
        return {
          create: input.variants!
            .filter((v) => !v.id)
            .map((v) => ({
              product_id: input.product_id,
              title: (v.option_value ?? DEFAULT_VALUE).th,
              sku: v.sku ?? undefined,
              weight: v.weight_g ?? input.weight_g ?? loaded.product.weight ?? undefined,
              manage_inventory: true,
              allow_backorder: !!made,
              options: { [optionTitle]: (v.option_value ?? DEFAULT_VALUE).th },
              prices: [{ currency_code: "thb", amount: v.price as any }],
            })),
          update: input.variants!
            .filter((v) => v.id)
            .map((v) => ({
              id: v.id as string,
              title: (v.option_value ?? DEFAULT_VALUE).th,
              sku: v.sku ?? null,
              ...(v.weight_g ? { weight: v.weight_g } : {}),
              options: { [optionTitle]: (v.option_value ?? DEFAULT_VALUE).th },
              prices: [{ currency_code: "thb", amount: v.price as any }],
            })),
          delete: (loaded.product.variants ?? []).map((v: any) => v.id).filter((id: string) => !keep.has(id)),
        }
      }),
    })
  )

  const stock = planStockStep({ input, loaded, variants })
  when({ stock }, ({ stock }) => stock.update.length > 0).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({ input: transform({ stock }, ({ stock }) => ({ updates: stock.update })) })
  })
  when({ stock }, ({ stock }) => stock.create.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ stock }, ({ stock }) => ({ inventory_levels: stock.create })) })
  })

  const translations = loadTranslationsStep(transform({ input, loaded, variants }, (data) => data))
  when({ translations }, ({ translations }) => translations.create.length + translations.update.length > 0).then(() => {
    batchTranslationsWorkflow.runAsStep({ input: transform({ translations }, ({ translations }) => ({ ...translations, delete: [] })) })
  })
  return new WorkflowResponse({ id: input.product_id })
})
