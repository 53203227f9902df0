import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_ATTRIBUTES_MODULE } from "../../../../../modules/product-attributes"
import { ProductAttributesBody } from "../../../../../modules/product-attributes/data/schema"
import type ProductAttributesModuleService from "../../../../../modules/product-attributes/service"
import { setProductAttributesWorkflow } from "../../../../../workflows/product-attributes/set-product-attributes"
import { parseOrThrow } from "../../../../utils/validate"
import { actingGroupId, type ProducerRequest } from "../../../acting-group"
import { assertOwnProduct } from "../../load-own"

/** GET /producer/products/:id/attributes: fabric, soft-power and campaign attributes (or null). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id)
  const service: ProductAttributesModuleService = req.scope.resolve(PRODUCT_ATTRIBUTES_MODULE)
  const [attributes] = await service.listProductAttributes({ product_id: req.params.id })
  res.json({ attributes: attributes ?? null })
}

/**
 * POST /producer/products/:id/attributes: { fabric?: { fiber, techniques[], dye?, fabric_type?,
 * royal_pattern?, royal_pattern_year_be?, provincial_pattern?, hand_woven? }, soft_power[], campaigns[] }
 * with the codes of GET /store/vocabularies. Fabric attributes are for textile products only.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id)
  const attributes = parseOrThrow(ProductAttributesBody, req.body)
  if (attributes.fabric) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [product] } = await query.graph({ entity: "product", fields: ["categories.handle"], filters: { id: req.params.id } })
    if (!((product as any)?.categories ?? []).some((c: any) => c?.handle === "textile-apparel")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "fabric: only products in Textiles & Apparel (ผ้าและเครื่องแต่งกาย) carry fabric attributes")
    }
  }
  const { result } = await setProductAttributesWorkflow(req.scope).run({
    input: { product_id: req.params.id, group_id: actingGroupId(req), attributes },
  })
  res.json({ attributes: result })
}
