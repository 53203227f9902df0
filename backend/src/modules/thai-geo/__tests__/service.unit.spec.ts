import ThaiGeoModuleService from "../service"
import { PROVINCE_REGION_ZONE } from "../data/province-regions"

const geo = new ThaiGeoModuleService()

describe("Thai geography reference data", () => {
  it("covers the whole country: 77 provinces, 928 districts, ~7,400 subdistricts", () => {
    const counts = geo.counts()
    expect(counts.provinces).toBe(77)
    expect(counts.districts).toBe(928)
    expect(counts.subdistricts).toBeGreaterThan(7300)
    expect(counts.subdistricts).toBeLessThan(7500)
  })

  it("puts every province in one of the six regions with the official counts", () => {
    const perRegion: Record<string, number> = {}
    for (const p of geo.listProvinces()) perRegion[p.region] = (perRegion[p.region] ?? 0) + 1
    expect(perRegion).toEqual({ north: 9, northeast: 20, central: 22, east: 7, west: 5, south: 14 })
    expect(Object.keys(PROVINCE_REGION_ZONE)).toHaveLength(77)
  })

  it("assigns inspection zones 1–18 plus Bangkok's central zone", () => {
    const zones = new Set(geo.listProvinces().map((p) => p.inspection_zone))
    expect(zones.size).toBe(19)
    expect(geo.listProvinces({ inspection_zone: "16" }).map((p) => p.name_en).sort()).toEqual([
      "Chiang Rai",
      "Nan",
      "Phayao",
      "Phrae",
    ])
  })

  it("uses DOPA codes consistently down the hierarchy", () => {
    for (const p of geo.listProvinces()) {
      expect(p.code).toMatch(/^\d{2}$/)
      for (const d of geo.listDistricts(p.code)) {
        expect(d.code.startsWith(p.code)).toBe(true)
        for (const s of geo.listSubdistricts(d.code)) {
          expect(s.code.startsWith(d.code)).toBe(true)
          expect(s.postcode).toMatch(/^\d{5}$/)
        }
      }
    }
  })

  it("knows Phrae: 8 districts, 78 subdistricts, and fixes the mislabelled Rong Kwang", () => {
    const districts = geo.listDistricts("54")
    expect(districts).toHaveLength(8)
    expect(districts.flatMap((d) => geo.listSubdistricts(d.code))).toHaveLength(78)
    expect(geo.retrieveDistrict("5402")).toMatchObject({ name_th: "ร้องกวาง", name_en: "Rong Kwang" })
  })

  it("finds subdistricts by postcode with their district and province", () => {
    const found = geo.listSubdistrictsByPostcode("50200")
    expect(found.length).toBeGreaterThan(0)
    for (const s of found) {
      expect(s.postcode).toBe("50200")
      expect(s.province).toMatchObject({ code: "50", name_th: "เชียงใหม่", region: "north", inspection_zone: "15" })
      expect(s.district.code.startsWith("50")).toBe(true)
    }
  })

  it("writes Bangkok districts the Thai way", () => {
    expect(geo.listDistricts("10").find((d) => d.code === "1001")?.name_th).toBe("เขตพระนคร")
  })

  it("answers unknown codes with a not-found error", () => {
    expect(() => geo.retrieveProvince("99")).toThrow("Province with code '99' was not found")
    expect(() => geo.listDistricts("00")).toThrow(/not found/)
    expect(() => geo.listSubdistricts("9999")).toThrow(/not found/)
    expect(() => geo.listSubdistrictsByPostcode("00000")).toThrow(/not found/)
  })
})
