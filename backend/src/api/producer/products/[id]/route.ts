import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerRequest } from "../../acting-group"
import { assertOwnProduct } from "../load-own"
import { PRODUCER_PRODUCT_FIELDS, withStock } from "../route"

/** GET /producer/products/:id: one of the acting group's products. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
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
