import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerRequest } from "../../acting-group"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { updateGroupProductWorkflow } from "../../../../workflows/product/update-group-product"
import { parseOrThrow } from "../../../utils/validate"
import { actingGroupId } from "../../acting-group"
import { assertOwnProduct } from "../load-own"
import { UpdateProductBody } from "../validators"
import { PRODUCER_PRODUCT_FIELDS, withStock } from "../route"

/** GET /producer/products/:id: one of the acting group's products, with its English content (for editing). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id: req.params.id } })
  const ids = [product.id, ...(product.options ?? []).flatMap((o: any) => [o.id, ...(o.values ?? []).map((v: any) => v.id)]), ...(product.variants ?? []).map((v: any) => v.id)]
  const { data: translations } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id", "translations"],
    filters: { reference_id: ids, locale_code: "en-US" },
  })
  // { [reference_id]: { field: English text } }
  const english = Object.fromEntries(translations.map((t: any) => [t.reference_id, t.translations ?? {}]))
  res.json({ product: { ...(await withStock(req, [product]))[0], english } })
}

/**
 * POST /producer/products/:id: edit one of the acting group's products. Pictures are listed in
 * display order, as the product's current picture URLs and/or new upload ids; `variants` is the
 * complete list (an existing variant left out is removed).
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id) // another group's product: 404 before anything else
  const { images, category, ...body } = parseOrThrow(UpdateProductBody, req.body)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let imageUrls: string[] | undefined
  if (images) {
    const { data: [current] } = await query.graph({ entity: "product", fields: ["images.url"], filters: { id: req.params.id } })
    const currentUrls = new Set(((current as any)?.images ?? []).map((i: any) => i.url))
    const uploadIds = images.filter((ref) => !currentUrls.has(ref))
    const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
    const uploads = uploadIds.length ? await producers.listProducerUploads({ id: uploadIds }) : []
    const groupId = actingGroupId(req)
    const usable = new Map(uploads.filter((u) => u.group_id === groupId || u.producer_id === req.producer.producer_id).map((u) => [u.id, u.url]))
    imageUrls = images.map((ref, i) => {
      if (currentUrls.has(ref)) return ref
      const url = usable.get(ref)
      if (!url) throw new MedusaError(MedusaError.Types.NOT_FOUND, `images.${i}: '${ref}' is neither a picture of this product nor one of your uploads`)
      return url
    })
  }
  await updateGroupProductWorkflow(req.scope).run({
    input: { ...body, group_id: actingGroupId(req), product_id: req.params.id, category_handle: category, image_urls: imageUrls },
  })
  const { data: [product] } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id: req.params.id } })
  res.json({ product: (await withStock(req, [product]))[0] })
}

/** DELETE /producer/products/:id: archive (unpublish and mark archived; kept for past orders). */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id)
  await updateProductsWorkflow(req.scope).run({
    input: { selector: { id: req.params.id }, update: { status: "draft", metadata: { archived_at: new Date().toISOString() } } as any },
  })
  res.json({ id: req.params.id, object: "product", archived: true })
}
