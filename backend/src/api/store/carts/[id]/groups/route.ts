import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { isClosed } from "../../../../../workflows/producer/closure/dates"
import { parseOrThrow } from "../../../../utils/validate"
import { groupCartLines, type CartLineFacts } from "./group-lines"

const CartParams = z.object({ id: z.string().regex(/^cart_[0-9A-Za-z]+$/, "a cart id looks like cart_01…") })

const CART_FIELDS = [
  "id",
  "sales_channel_id",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.created_at",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
]

/**
 * GET /store/carts/:id/groups: the cart's lines grouped by producer group (each group ships on
 * its own and is charged its own shipping), with what stands in the way of buying each line:
 * sold out or not enough stock, the group temporarily closed (and until when), or the group or
 * product withdrawn. Nothing is removed from the cart here: the buyer decides.
 * Same access as /store/carts/:id (the cart id is the buyer's secret).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id } = parseOrThrow(CartParams, req.params)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${id} was not found`)
  const items = ((cart as any).items ?? []).filter(Boolean)
  const productIds = [...new Set(items.map((i: any) => i.product_id).filter(Boolean))] as string[]
  const variantIds = [...new Set(items.map((i: any) => i.variant_id).filter(Boolean))] as string[]

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
    // English titles come from the Translation Module; the line keeps the Thai ones it was added with.
    productIds.length || variantIds.length
      ? query.graph({
          entity: "translation",
          fields: ["reference_id", "translations"],
          filters: { reference_id: [...productIds, ...variantIds], locale_code: "en-US" },
        })
      : { data: [] as any[] },
    variantIds.length && (cart as any).sales_channel_id
      ? getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: (cart as any).sales_channel_id })
      : Promise.resolve({} as Record<string, { availability: number | null }>),
  ])
  const productBy = new Map<string, any>((products as any[]).map((p) => [p.id, p]))
  const variantBy = new Map<string, any>((variants as any[]).map((v) => [v.id, v]))
  const englishBy = new Map<string, Record<string, any>>((translations as any[]).map((t) => [t.reference_id, t.translations ?? {}]))
  const now = new Date()

  const lines: CartLineFacts[] = items.map((item: any) => {
    const product: any = productBy.get(item.product_id)
    const variant: any = variantBy.get(item.variant_id)
    const group = product?.producer_group ?? null
    const tracked = !!variant?.manage_inventory && !variant?.allow_backorder
    return {
      id: item.id,
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      product_handle: item.product_handle ?? null,
      title_th: item.product_title ?? "",
      title_en: englishBy.get(item.product_id)?.title ?? null,
      variant_title_th: item.variant_title ?? null,
      variant_title_en: englishBy.get(item.variant_id)?.title ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unit_price: item.unit_price,
      created_at: item.created_at,
      shipping_profile_id: product?.shipping_profile?.id ?? null,
      available_quantity: tracked ? (availability as any)[item.variant_id]?.availability ?? 0 : null,
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

  const groups = groupCartLines(lines)
  res.json({
    cart_id: cart.id,
    groups,
    shipping_methods: ((cart as any).shipping_methods ?? []).filter(Boolean).map((m: any) => ({
      id: m.id,
      shipping_option_id: m.shipping_option_id,
      amount: m.amount,
    })),
    can_check_out: groups.length > 0 && groups.every((g) => g.items.every((i) => i.problem === null)),
  })
}
