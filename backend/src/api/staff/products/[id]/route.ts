import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../../modules/catalog"
import type CatalogModuleService from "../../../../modules/catalog/service"
import type { StaffRequest } from "../../staff-scope"
import { loadProductInScope } from "../load-in-scope"

/** GET /staff/products/:id: a product of a group in the officer's provinces (for grade entry), else a 404. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const { group } = await loadProductInScope(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const catalog: CatalogModuleService = req.scope.resolve(CATALOG_MODULE)
  const [{ data: [product] }, { data: [producerGroup] }, [entry]] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail", "status", "categories.handle"], filters: { id: req.params.id } }),
    query.graph({ entity: "producer_group", fields: ["id", "handle", "name_th", "name_en", "province_code"], filters: { id: group.id } }),
    // The English title lives in the Translation Module; the catalog row already holds it.
    catalog.listCatalogEntries({ product_id: req.params.id }, { select: ["title_en"] }),
  ])
  res.json({
    product: {
      id: product.id,
      handle: product.handle,
      title_th: product.title,
      title_en: entry?.title_en ?? null,
      thumbnail: product.thumbnail ?? null,
      status: product.status,
      category: (product.categories ?? []).map((c: any) => c?.handle).find(Boolean) ?? null,
      producer_group: producerGroup ?? group,
    },
  })
}
