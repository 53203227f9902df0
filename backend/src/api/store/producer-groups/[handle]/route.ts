import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import { isCurrent, toPublicCertification } from "../../../../modules/certification/data/public-view"
import type CertificationModuleService from "../../../../modules/certification/service"
import { THAI_GEO_MODULE } from "../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../modules/thai-geo/service"
import { PUBLIC_GROUP_FIELDS, publicLocation } from "../route"

/**
 * GET /store/producer-groups/:handle: an approved group's story, location, published products
 * and its group-wide certifications (GMP, HACCP, …) that staff verified and that have not expired.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [group] } = await query.graph({
    entity: "producer_group",
    fields: [...PUBLIC_GROUP_FIELDS, "products.id", "products.handle", "products.title", "products.thumbnail", "products.status"],
    filters: { handle: req.params.handle, status: "approved" },
    // The products' titles in the reader's language (x-medusa-locale), from the Translation Module:
    // the page lists them by these when the group is closed and its products are out of the catalog.
  }, { locale: (req as any).locale })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group with handle: ${req.params.handle} was not found`)
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  const certifications: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const groupWide = await certifications.listCertifications({ group_id: group.id, product_id: null, status: "verified" } as any)
  const { products = [], ...rest } = group as any
  res.json({
    producer_group: {
      ...rest,
      location: publicLocation(geo, group.subdistrict_code),
      certifications: groupWide
        .filter((c: any) => isCurrent(c))
        .sort((a: any, b: any) => a.scheme.localeCompare(b.scheme))
        .map(toPublicCertification),
      products: products.filter((p: any) => p?.status === "published").map(({ status, ...p }: any) => p),
    },
  })
}
