import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { THAI_GEO_MODULE } from "../../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../../modules/thai-geo/service"
import { parseOrThrow } from "../../../../utils/validate"
import { GEO_CACHE_CONTROL, SubdistrictCodeParams } from "../../schemas"

/** GET /store/geo/subdistricts/:code: one subdistrict with its district, province, region and zone. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { code } = parseOrThrow(SubdistrictCodeParams, req.params)
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  res.setHeader("Cache-Control", GEO_CACHE_CONTROL)
  res.json({ subdistrict: geo.retrieveSubdistrict(code) })
}
