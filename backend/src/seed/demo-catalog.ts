import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createUserAccountWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCER_GROUPS, DEMO_PRODUCTS } from "./demo/catalog"
import { renderProductImage } from "./demo/images"
import type { DemoProduct } from "./demo/types"
import type { ThaiStore } from "./thai-store"
import { upsertTranslations, type EnglishTranslation } from "./translations"

export const DEMO_ADMIN = { email: "admin@demo.otop.local", password: "otop-demo-2567" }

// Single-variant products still need one option in Medusa; it is hidden by the storefront.
const DEFAULT_OPTION = { th: "แบบ", en: "Style" }
const DEFAULT_VALUE = { th: "มาตรฐาน", en: "Standard" }
const BATCH = 8

export type DemoCatalogResult = { created: number; skipped: number }

/**
 * Seeds the demo catalog: realistic OTOP products (Thai base content, English translations,
 * THB prices, stock, a generated picture each) and a demo admin login. Idempotent: products are
 * keyed by handle and the admin by email, so a second run creates nothing.
 */
export async function seedDemoCatalog(
  container: MedusaContainer,
  store: ThaiStore,
  onProgress: (done: number, total: number) => void = () => {}
): Promise<DemoCatalogResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await ensureDemoAdmin(container)

  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: DEMO_PRODUCTS.map((p) => p.handle) },
  })
  const have = new Set(existing.map((p) => p.handle))
  const todo = DEMO_PRODUCTS.filter((p) => !have.has(p.handle))
  const groupByHandle = new Map(DEMO_PRODUCER_GROUPS.map((g) => [g.handle, g]))

  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH)
    const imageUrls = await uploadImages(container, batch)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p, j) => {
          const group = groupByHandle.get(p.group)
          if (!group) throw new Error(`demo product ${p.handle}: unknown group ${p.group}`)
          const option = p.option ?? DEFAULT_OPTION
          return {
            title: p.title.th,
            subtitle: p.subtitle?.th,
            handle: p.handle,
            description: p.description.th,
            material: p.material?.th,
            // Products of groups that are not approved are kept out of the store.
            status: group.status === "approved" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
            category_ids: [store.categoryIdByHandle[p.category]],
            shipping_profile_id: store.shippingProfileId,
            sales_channels: [{ id: store.salesChannelId }],
            thumbnail: imageUrls[j],
            images: [{ url: imageUrls[j] }],
            weight: p.variants[0].weight_g,
            origin_country: "th",
            metadata: {
              province_code: group.subdistrict_code.slice(0, 2),
              subdistrict_code: group.subdistrict_code,
              producer_group: group.handle,
              ...(p.made_to_order_days ? { made_to_order_days: p.made_to_order_days } : {}),
            },
            options: [{ title: option.th, values: p.variants.map((v) => (v.option_value ?? DEFAULT_VALUE).th) }],
            variants: p.variants.map((v) => ({
              title: (v.option_value ?? DEFAULT_VALUE).th,
              sku: v.sku,
              weight: v.weight_g,
              manage_inventory: true,
              allow_backorder: !!p.made_to_order_days,
              options: { [option.th]: (v.option_value ?? DEFAULT_VALUE).th },
              prices: [{ currency_code: "thb", amount: v.price }],
            })),
          }
        }),
      },
    })
    await stockProducts(container, store, batch, products.map((p) => p.id))
    await translateProducts(container, batch, products.map((p) => p.id))
    onProgress(Math.min(i + BATCH, todo.length), todo.length)
  }
  return { created: todo.length, skipped: have.size }
}

async function uploadImages(container: MedusaContainer, products: DemoProduct[]): Promise<string[]> {
  const files = await Promise.all(
    products.map(async (p) => ({
      filename: `demo/${p.handle}.webp`,
      mimeType: "image/webp",
      content: (await renderProductImage(p.image, p.handle)).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return result.map((f) => f.url)
}

async function stockProducts(container: MedusaContainer, store: ThaiStore, batch: DemoProduct[], productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        (v.inventory_items ?? []).map((item: any) => ({
          inventory_item_id: item.inventory_item_id,
          location_id: store.stockLocationId,
          stocked_quantity: stockBySku.get(v.sku as string) ?? 0,
        }))
      ),
    },
  })
}

async function translateProducts(container: MedusaContainer, batch: DemoProduct[], productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.sku"],
    filters: { id: productIds },
  })
  const byHandle = new Map(batch.map((p) => [p.handle, p]))
  const items: EnglishTranslation[] = []
  for (const product of products) {
    const demo = byHandle.get(product.handle as string)!
    const option = demo.option ?? DEFAULT_OPTION
    items.push({
      reference: "product",
      reference_id: product.id,
      en: { title: demo.title.en, subtitle: demo.subtitle?.en, description: demo.description.en, material: demo.material?.en },
    })
    for (const o of product.options ?? []) {
      items.push({ reference: "product_option", reference_id: o!.id, en: { title: option.en } })
      for (const value of o!.values ?? []) {
        const match = demo.variants.map((v) => v.option_value ?? DEFAULT_VALUE).find((ov) => ov.th === value!.value)
        if (match) items.push({ reference: "product_option_value", reference_id: value!.id, en: { value: match.en } })
      }
    }
    for (const variant of product.variants ?? []) {
      const v = demo.variants.find((dv) => dv.sku === variant!.sku)
      items.push({ reference: "product_variant", reference_id: variant!.id, en: { title: (v?.option_value ?? DEFAULT_VALUE).en } })
    }
  }
  await upsertTranslations(container, items)
}

/** The demo operator login for the Medusa admin (seeded only with the demo data). */
async function ensureDemoAdmin(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({ entity: "user", fields: ["id"], filters: { email: DEMO_ADMIN.email } })
  if (users.length) return
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  } as any)
  if (error || !authIdentity) throw new Error(`demo admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: DEMO_ADMIN.email, first_name: "OTOP", last_name: "Admin" } },
  })
}
