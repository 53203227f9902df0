import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { THAI_GEO_MODULE } from "../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../modules/thai-geo/service"

/** GET /admin/geo/provinces: the 77 provinces, for scoping CDD staff in the admin. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  res.json({ provinces: geo.listProvinces({}) })
}
