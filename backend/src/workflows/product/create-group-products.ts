import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { setGroupProductsAvailabilityStep } from "../producer/steps/set-group-products-availability"

export type Bilingual = { th: string; en?: string | null }

export type GroupProductInput = {
  handle: string
  title: Bilingual
  subtitle?: Bilingual | null
  description?: Bilingual | null
  material?: Bilingual | null
  category_handle: string
  status: "draft" | "published"
  image_urls: string[]
  weight_g: number
  made_to_order_days?: number | null
  option?: Bilingual | null // the option's title when there are several variants
  variants: { option_value?: Bilingual | null; sku?: string | null; price: string; stock: number; weight_g?: number | null }[]
}

export type CreateGroupProductsInput = { group_id: string; products: GroupProductInput[] }

// Medusa needs an option even for a single variant; the storefront hides one-value options.
export const DEFAULT_OPTION: Bilingual = { th: "แบบ", en: "Style" }
export const DEFAULT_VALUE: Bilingual = { th: "มาตรฐาน", en: "Standard" }

type Context = {
  group: { id: string; status: string; province_code: string; subdistrict_code: string; handle: string }
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
  category_id_by_handle: Record<string, string>
}

/** Everything the products need from around them: the group, store channel, stock location, categories. */
const loadProductContextStep = createStep(
  "load-group-product-context",
  async ({ group_id, category_handles }: { group_id: string; category_handles: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [group] } = await query.graph({
      entity: "producer_group",
      fields: ["id", "handle", "status", "province_code", "subdistrict_code", "stock_location.id"],
      filters: { id: group_id },
    })
    if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group with id: ${group_id} was not found`)
    const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { handle: category_handles } })
    const categoryIdByHandle = Object.fromEntries(categories.map((c) => [c.handle, c.id]))
    const unknown = category_handles.find((h) => !categoryIdByHandle[h])
    if (unknown) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: '${unknown}' is not an OTOP category`)
    // Stock lives only at the group's own location (set up when it registered), never at another's.
    const stockLocationId = (group as any).stock_location?.id as string | undefined
    if (!stockLocationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group ${group_id} has no stock location`)
    // The group's own profile (it ships from its village), else the store's default one.
    const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id", "name", "type"] })
    const profile =
      profiles.find((p) => p.name === `group:${(group as any).handle}`) ?? profiles.find((p) => p.type === "default") ?? profiles[0]
    return new StepResponse<Context>({
      group: group as any,
      sales_channel_id: store.default_sales_channel_id as string,
      stock_location_id: stockLocationId,
      shipping_profile_id: profile?.id as string,
      category_id_by_handle: categoryIdByHandle,
    })
  }
)

function toMedusaProducts({ input, context }: { input: CreateGroupProductsInput; context: Context }) {
  return input.products.map((p) => {
    const option = p.option ?? DEFAULT_OPTION
    return {
      title: p.title.th,
      subtitle: p.subtitle?.th,
      handle: p.handle,
      description: p.description?.th,
      material: p.material?.th,
      // Published only if the producer wants it and the group is approved (see set-group-products-availability).
      status: p.status === "published" && context.group.status === "approved" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
      category_ids: [context.category_id_by_handle[p.category_handle]],
      shipping_profile_id: context.shipping_profile_id,
      // Sellable in the store only while the group is approved (see set-group-products-availability).
      sales_channels: context.group.status === "approved" ? [{ id: context.sales_channel_id }] : [],
      thumbnail: p.image_urls[0],
      images: p.image_urls.map((url) => ({ url })),
      weight: p.weight_g,
      origin_country: "th",
      metadata: {
        province_code: context.group.province_code,
        subdistrict_code: context.group.subdistrict_code,
        producer_group: context.group.handle,
        producer_status: p.status,
        ...(p.made_to_order_days ? { made_to_order_days: p.made_to_order_days } : {}),
      },
      options: [{ title: option.th, values: p.variants.map((v) => (v.option_value ?? DEFAULT_VALUE).th) }],
      variants: p.variants.map((v) => ({
        title: (v.option_value ?? DEFAULT_VALUE).th,
        sku: v.sku ?? undefined,
        weight: v.weight_g ?? p.weight_g,
        manage_inventory: true,
        allow_backorder: !!p.made_to_order_days,
        options: { [option.th]: (v.option_value ?? DEFAULT_VALUE).th },
        prices: [{ currency_code: "thb", amount: v.price }],
      })),
    }
  })
}

/** The ids the translations and stock levels attach to, read back after creation. */
const loadCreatedProductsStep = createStep("load-created-group-products", async (ids: string[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.values.id", "options.values.value", "variants.id", "variants.title", "variants.inventory_items.inventory_item_id"],
    filters: { id: ids },
  })
  return new StepResponse(data)
})

/**
 * A producer group's new products: Medusa products (Thai base content) in the OTOP category,
 * linked to the group, stocked at its location, with English translations. Used by the
 * producer portal, the CSV import and the demo seed alike.
 */
export const createGroupProductsWorkflow = createWorkflow("create-group-products", (input: CreateGroupProductsInput) => {
  const context = loadProductContextStep(
    transform({ input }, ({ input }) => ({ group_id: input.group_id, category_handles: [...new Set(input.products.map((p) => p.category_handle))] }))
  )
  const created = createProductsWorkflow.runAsStep({
    input: transform({ input, context }, (data) => ({ products: toMedusaProducts(data) })),
  })
  createRemoteLinkStep(
    transform({ created, context }, ({ created, context }) =>
      created.map((p) => ({ [PRODUCER_MODULE]: { producer_group_id: context.group.id }, [Modules.PRODUCT]: { product_id: p.id } }))
    )
  )
  // Medusa puts new products in the default channel; only an approved group's stay there.
  setGroupProductsAvailabilityStep(
    transform({ context }, ({ context }) => ({ group_id: context.group.id, available: context.group.status === "approved" }))
  ).config({ name: "set-new-products-availability" })
  const products = loadCreatedProductsStep(transform({ created }, ({ created }) => created.map((p) => p.id)))
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, products, context }, ({ input, products, context }) => {
      const byHandle = new Map(input.products.map((p) => [p.handle, p]))
      return {
        inventory_levels: products.flatMap((product: any) => {
          const spec = byHandle.get(product.handle)!
          return (product.variants ?? []).flatMap((variant: any) => {
            const v = spec.variants.find((sv) => (sv.option_value ?? DEFAULT_VALUE).th === variant.title) ?? spec.variants[0]
            return (variant.inventory_items ?? []).map((item: any) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: context.stock_location_id,
              stocked_quantity: v.stock,
            }))
          })
        }),
      }
    }),
  })
  createTranslationsWorkflow.runAsStep({
    input: transform({ input, products }, ({ input, products }) => ({ translations: englishTranslations(input, products) })),
  })
  return new WorkflowResponse(products)
})

function englishTranslations(input: CreateGroupProductsInput, products: any[]) {
  const byHandle = new Map(input.products.map((p) => [p.handle, p]))
  const out: { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }[] = []
  const add = (reference: string, reference_id: string, fields: Record<string, string | null | undefined>) => {
    const translations = Object.fromEntries(Object.entries(fields).filter(([, v]) => !!v)) as Record<string, string>
    if (Object.keys(translations).length) out.push({ reference, reference_id, locale_code: "en-US", translations })
  }
  for (const product of products) {
    const spec = byHandle.get(product.handle)!
    add("product", product.id, { title: spec.title.en, subtitle: spec.subtitle?.en, description: spec.description?.en, material: spec.material?.en })
    const option = spec.option ?? DEFAULT_OPTION
    const values = spec.variants.map((v) => v.option_value ?? DEFAULT_VALUE)
    for (const o of product.options ?? []) {
      add("product_option", o.id, { title: option.en })
      for (const value of o.values ?? []) add("product_option_value", value.id, { value: values.find((v) => v.th === value.value)?.en })
    }
    for (const variant of product.variants ?? []) add("product_variant", variant.id, { title: values.find((v) => v.th === variant.title)?.en })
  }
  return out
}
