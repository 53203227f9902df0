import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { THAI_GEO_MODULE } from "../../../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../../../modules/thai-geo/service"
import { parseOrThrow } from "../../../../../utils/validate"
import { DistrictCodeParams, GEO_CACHE_CONTROL } from "../../../schemas"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { code } = parseOrThrow(DistrictCodeParams, req.params)
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  const subdistricts = geo
    .listSubdistricts(code)
    .map(({ code, name_th, name_en, postcode }) => ({ code, name_th, name_en, postcode }))
  res.setHeader("Cache-Control", GEO_CACHE_CONTROL)
  res.json({ district: geo.retrieveDistrict(code), subdistricts })
}
