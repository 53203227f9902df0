import type { RegionCode } from "./data/province-regions"

export type ProvinceDTO = {
  code: string
  name_th: string
  name_en: string
  region: RegionCode
  inspection_zone: string
}

export type DistrictDTO = {
  code: string
  name_th: string
  name_en: string
  province_code: string
}

export type SubdistrictDTO = {
  code: string
  name_th: string
  name_en: string
  postcode: string
  district_code: string
}

/** A subdistrict with the units above it, as address forms and reports need it. */
export type SubdistrictLocationDTO = SubdistrictDTO & {
  district: Omit<DistrictDTO, "province_code">
  province: ProvinceDTO
}
