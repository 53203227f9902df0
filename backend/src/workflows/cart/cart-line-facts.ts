import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { isClosed } from "../producer/closure/dates"
import type { CartLineFacts } from "./line-rules"

/** The cart fields cartLineFacts reads (add them to the query that loads the cart). */
export const CART_LINE_FIELDS = [
  "id",
  "sales_channel_id",
  "items.id",
  "items.title",
  "items.variant_id",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.created_at",
]

/**
 * What the line rules need to know about each of the cart's lines: its product and variant (still
 * sold?), its producer group (approved? closed now?), the stock left in the cart's sales channel,
 * and the English titles (from the Translation Module; the line keeps the Thai ones it was added with).
 */
export async function cartLineFacts(container: MedusaContainer, cart: any, now = new Date()): Promise<CartLineFacts[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const items = ((cart.items ?? []) as any[]).filter(Boolean)
  const productIds = [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[]
  const variantIds = [...new Set(items.map((i) => i.variant_id).filter(Boolean))] as string[]

  const [{ data: products }, { data: variants }, { data: translations }, availability] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: [
            "id",
            "status",
            "shipping_profile.id",
            "producer_group.id",
            "producer_group.handle",
            "producer_group.name_th",
            "producer_group.name_en",
            "producer_group.status",
            "producer_group.closed_from",
            "producer_group.closed_until",
            "producer_group.closure_note_th",
            "producer_group.closure_note_en",
          ],
          filters: { id: productIds },
        })
      : { data: [] as any[] },
    variantIds.length
      ? query.graph({ entity: "variant", fields: ["id", "manage_inventory", "allow_backorder"], filters: { id: variantIds } })
      : { data: [] as any[] },
    productIds.length || variantIds.length
      ? query.graph({
          entity: "translation",
          fields: ["reference_id", "translations"],
          filters: { reference_id: [...productIds, ...variantIds], locale_code: "en-US" },
        })
      : { data: [] as any[] },
    variantIds.length && cart.sales_channel_id
      ? getVariantAvailability(query as any, { variant_ids: variantIds, sales_channel_id: cart.sales_channel_id })
      : Promise.resolve({} as Record<string, { availability: number | null }>),
  ])
  const productBy = new Map<string, any>((products as any[]).map((p) => [p.id, p]))
  const variantBy = new Map<string, any>((variants as any[]).map((v) => [v.id, v]))
  const englishBy = new Map<string, Record<string, any>>((translations as any[]).map((t) => [t.reference_id, t.translations ?? {}]))

  return items.map((item): CartLineFacts => {
    const product: any = productBy.get(item.product_id)
    const variant: any = variantBy.get(item.variant_id)
    const group = product?.producer_group ?? null
    const tracked = !!variant?.manage_inventory && !variant?.allow_backorder
    return {
      id: item.id,
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      product_handle: item.product_handle ?? null,
      title_th: item.product_title ?? item.title ?? "",
      title_en: englishBy.get(item.product_id)?.title ?? null,
      variant_title_th: item.variant_title ?? null,
      variant_title_en: englishBy.get(item.variant_id)?.title ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unit_price: item.unit_price,
      created_at: item.created_at,
      shipping_profile_id: product?.shipping_profile?.id ?? null,
      available_quantity: tracked ? Number((availability as any)[item.variant_id]?.availability ?? 0) : null,
      product_sellable: !!product && !!variant && product.status === "published",
      group: group
        ? {
            id: group.id,
            handle: group.handle,
            name_th: group.name_th,
            name_en: group.name_en ?? null,
            approved: group.status === "approved",
            closed: isClosed(group, now),
            closed_until: group.closed_until ? new Date(group.closed_until).toISOString() : null,
            closure_note_th: group.closure_note_th ?? null,
            closure_note_en: group.closure_note_en ?? null,
          }
        : null,
    }
  })
}
