import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getTotalVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { createGroupProductsWorkflow } from "../../../workflows/product/create-group-products"
import { parseOrThrow } from "../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../acting-group"
import { groupProductIds } from "./load-own"
import { CreateProductBody, ListProductsQuery } from "./validators"

export const PRODUCER_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "weight",
  "metadata",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "categories.handle",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

/** Adds each variant's stock (stocked minus reserved, over the group's location). */
export async function withStock(req: ProducerRequest, products: any[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = products.flatMap((p) => (p.variants ?? []).map((v: any) => v.id))
  if (!ids.length) return products
  const stock = await getTotalVariantAvailability(query, { variant_ids: ids })
  return products.map((p) => ({
    ...p,
    variants: (p.variants ?? []).map((v: any) => ({ ...v, inventory_quantity: stock[v.id]?.availability ?? null })),
  }))
}

/** GET /producer/products: the acting group's products. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { q, status, limit, offset } = parseOrThrow(ListProductsQuery, req.query)
  const ids = await groupProductIds(req)
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id: ids, ...(status ? { status } : {}), ...(q ? { title: { $ilike: `%${q}%` } } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ products: await withStock(req, data), count: metadata?.count ?? data.length, limit, offset })
}

/** POST /producer/products: a new product of the acting group (pictures are the group's uploads). */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const groupId = actingGroupId(req)
  const { images, category, ...body } = parseOrThrow(CreateProductBody, req.body)
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const uploads = images.length ? await producers.listProducerUploads({ id: images }) : []
  const usable = new Map(uploads.filter((u) => u.group_id === groupId || u.producer_id === req.producer.producer_id).map((u) => [u.id, u]))
  const missing = images.find((id) => !usable.has(id))
  if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `images: upload ${missing} was not found`)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: taken } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: body.handle } })
  if (taken.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle: '${body.handle}' is already used by another product`)

  const { result } = await createGroupProductsWorkflow(req.scope).run({
    input: {
      group_id: groupId,
      products: [{ ...body, category_handle: category, image_urls: images.map((id) => usable.get(id)!.url) }],
    },
  })
  const { data: [product] } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ product: (await withStock(req, [product]))[0] })
}
