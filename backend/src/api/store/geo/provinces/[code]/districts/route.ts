import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { THAI_GEO_MODULE } from "../../../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../../../modules/thai-geo/service"
import { parseOrThrow } from "../../../../../utils/validate"
import { GEO_CACHE_CONTROL, ProvinceCodeParams } from "../../../schemas"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { code } = parseOrThrow(ProvinceCodeParams, req.params)
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  const districts = geo.listDistricts(code).map(({ code, name_th, name_en }) => ({ code, name_th, name_en }))
  res.setHeader("Cache-Control", GEO_CACHE_CONTROL)
  res.json({ province: geo.retrieveProvince(code), districts })
}
