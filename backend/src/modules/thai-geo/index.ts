import { Module } from "@medusajs/framework/utils"
import ThaiGeoModuleService from "./service"

export const THAI_GEO_MODULE = "thaiGeo"

export default Module(THAI_GEO_MODULE, { service: ThaiGeoModuleService })
export type { ProvinceDTO, DistrictDTO, SubdistrictDTO, SubdistrictLocationDTO } from "./types"
