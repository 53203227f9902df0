import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ProductAttributesBody } from "../../../../../../modules/product-attributes/data/schema"
import { setProductAttributesWorkflow } from "../../../../../../workflows/product-attributes/set-product-attributes"
import { parseOrThrow } from "../../../../../utils/validate"
import { loadTrustProduct, requireGroup, trustData } from "../shared"

/**
 * POST /admin/products/:id/trust/attributes: an operator sets the product's attributes with the
 * fixed vocabularies, as producers do ({ fabric?, soft_power[], campaigns[] }, every list the
 * complete new one). A value outside a vocabulary is a 400 naming the field; fabric is for
 * textiles only. Answers the trust data.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await loadTrustProduct(req, req.params.id)
  const attributes = parseOrThrow(ProductAttributesBody, req.body)
  const group = requireGroup(product)
  if (attributes.fabric && !product.is_textile) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "fabric: only products in Textiles & Apparel (ผ้าและเครื่องแต่งกาย) carry fabric attributes")
  }
  await setProductAttributesWorkflow(req.scope).run({ input: { product_id: product.id, group_id: group.id, attributes } })
  res.json(await trustData(req, product))
}
