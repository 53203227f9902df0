import { MedusaError } from "@medusajs/framework/utils"
import { districts as rawDistricts, provinces as rawProvinces, subDistricts as rawSubdistricts } from "@bilions/thailand-address"
import { DISTRICT_NAME_EN_FIXES, PROVINCE_NAME_EN_FIXES } from "./data/corrections"
import { INSPECTION_ZONE_SCHEME, PROVINCE_REGION_ZONE, REGIONS } from "./data/province-regions"
import type { DistrictDTO, ProvinceDTO, SubdistrictDTO, SubdistrictLocationDTO } from "./types"

type GeoIndex = {
  provinces: ProvinceDTO[]
  provinceByCode: Map<string, ProvinceDTO>
  districtByCode: Map<string, DistrictDTO>
  districtsByProvince: Map<string, DistrictDTO[]>
  subdistrictByCode: Map<string, SubdistrictDTO>
  subdistrictsByDistrict: Map<string, SubdistrictDTO[]>
  subdistrictsByPostcode: Map<string, SubdistrictDTO[]>
}

const byThaiName = (a: { name_th: string }, b: { name_th: string }) => a.name_th.localeCompare(b.name_th, "th")

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

// Bangkok's districts come as "เขต พระนคร"; Thai addresses write "เขตพระนคร".
const tidyThai = (name: string) => name.replace(/^เขต\s+/, "เขต").trim()

/**
 * Builds the in-memory index once per process: the dataset is read-only reference data
 * (77 provinces, 928 districts, ~7,350 subdistricts), so lookups are map reads, not queries.
 */
function buildIndex(): GeoIndex {
  const provinceCodeById = new Map<number, string>()
  const provinces: ProvinceDTO[] = rawProvinces.map((p) => {
    const code = String(p.code)
    provinceCodeById.set(p.id, code)
    const regionZone = PROVINCE_REGION_ZONE[code]
    if (!regionZone) throw new Error(`thai-geo: province ${code} has no region/inspection zone`)
    return {
      code,
      name_th: p.name_in_thai.trim(),
      name_en: PROVINCE_NAME_EN_FIXES[code] ?? p.name_in_english.trim(),
      region: regionZone[0],
      inspection_zone: regionZone[1],
    }
  })
  provinces.sort(byThaiName)

  const districtCodeById = new Map<number, string>()
  const districtByCode = new Map<string, DistrictDTO>()
  const districtsByProvince = new Map<string, DistrictDTO[]>()
  for (const d of rawDistricts) {
    const code = String(d.code)
    districtCodeById.set(d.id, code)
    const district: DistrictDTO = {
      code,
      name_th: tidyThai(d.name_in_thai),
      name_en: DISTRICT_NAME_EN_FIXES[code] ?? d.name_in_english.trim(),
      province_code: provinceCodeById.get(d.province_id)!,
    }
    districtByCode.set(code, district)
    push(districtsByProvince, district.province_code, district)
  }

  const subdistrictByCode = new Map<string, SubdistrictDTO>()
  const subdistrictsByDistrict = new Map<string, SubdistrictDTO[]>()
  const subdistrictsByPostcode = new Map<string, SubdistrictDTO[]>()
  for (const s of rawSubdistricts) {
    const sub: SubdistrictDTO = {
      code: String(s.code),
      name_th: s.name_in_thai.trim(),
      name_en: s.name_in_english.trim(),
      postcode: String(s.zip_code),
      district_code: districtCodeById.get(s.district_id)!,
    }
    subdistrictByCode.set(sub.code, sub)
    push(subdistrictsByDistrict, sub.district_code, sub)
    push(subdistrictsByPostcode, sub.postcode, sub)
  }
  for (const list of districtsByProvince.values()) list.sort(byThaiName)
  for (const list of subdistrictsByDistrict.values()) list.sort(byThaiName)

  return {
    provinces,
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    districtByCode,
    districtsByProvince,
    subdistrictByCode,
    subdistrictsByDistrict,
    subdistrictsByPostcode,
  }
}

let index: GeoIndex | undefined
const geo = () => (index ??= buildIndex())

const notFound = (what: string, code: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with code '${code}' was not found`)

/**
 * Thai administrative geography (DOPA codes), read-only: provinces with their region and
 * inspection zone, districts, subdistricts with postcodes.
 */
export default class ThaiGeoModuleService {
  static readonly regions = REGIONS
  static readonly inspectionZoneScheme = INSPECTION_ZONE_SCHEME

  listProvinces(filter: { region?: string; inspection_zone?: string } = {}): ProvinceDTO[] {
    return geo().provinces.filter(
      (p) =>
        (!filter.region || p.region === filter.region) &&
        (!filter.inspection_zone || p.inspection_zone === filter.inspection_zone)
    )
  }

  retrieveProvince(code: string): ProvinceDTO {
    const province = geo().provinceByCode.get(code)
    if (!province) throw notFound("Province", code)
    return province
  }

  listDistricts(provinceCode: string): DistrictDTO[] {
    this.retrieveProvince(provinceCode)
    return geo().districtsByProvince.get(provinceCode) ?? []
  }

  retrieveDistrict(code: string): DistrictDTO {
    const district = geo().districtByCode.get(code)
    if (!district) throw notFound("District", code)
    return district
  }

  listSubdistricts(districtCode: string): SubdistrictDTO[] {
    this.retrieveDistrict(districtCode)
    return geo().subdistrictsByDistrict.get(districtCode) ?? []
  }

  /** Subdistricts sharing a postcode, each with its district and province. */
  listSubdistrictsByPostcode(postcode: string): SubdistrictLocationDTO[] {
    const found = geo().subdistrictsByPostcode.get(postcode)
    if (!found) throw notFound("Postcode", postcode)
    return found.map((s) => this.locate(s))
  }

  /** A subdistrict with its district, province, region and inspection zone. */
  retrieveSubdistrict(code: string): SubdistrictLocationDTO {
    const sub = geo().subdistrictByCode.get(code)
    if (!sub) throw notFound("Subdistrict", code)
    return this.locate(sub)
  }

  /** True when `postcode` is one of the subdistrict's postcodes (address validation). */
  postcodeMatches(subdistrictCode: string, postcode: string): boolean {
    return this.retrieveSubdistrict(subdistrictCode).postcode === postcode
  }

  counts() {
    const g = geo()
    return { provinces: g.provinces.length, districts: g.districtByCode.size, subdistricts: g.subdistrictByCode.size }
  }

  private locate(sub: SubdistrictDTO): SubdistrictLocationDTO {
    const { province_code, ...district } = geo().districtByCode.get(sub.district_code)!
    return { ...sub, district, province: geo().provinceByCode.get(province_code)! }
  }
}
