import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { THAI_GEO_MODULE } from "../../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../../modules/thai-geo/service"
import { parseOrThrow } from "../../../utils/validate"
import { GEO_CACHE_CONTROL, ProvinceListQuery } from "../schemas"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const filter = parseOrThrow(ProvinceListQuery, req.query)
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  res.setHeader("Cache-Control", GEO_CACHE_CONTROL)
  res.json({ provinces: geo.listProvinces(filter) })
}
