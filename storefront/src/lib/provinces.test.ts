import { PROVINCE_CODES, provinceName } from "./provinces"

describe("provinceName", () => {
  it("knows all 77 provinces in both languages", () => {
    expect(PROVINCE_CODES).toHaveLength(77)
    for (const code of PROVINCE_CODES) {
      expect(code).toMatch(/^\d{2}$/)
      expect(provinceName(code, "th")).toMatch(/^[\u0E00-\u0E7F]+$/)
      expect(provinceName(code, "en")).toMatch(/^[A-Za-z .-]+$/)
    }
  })

  it("names a province by its DOPA code", () => {
    expect(provinceName("32", "th")).toBe("สุรินทร์")
    expect(provinceName("32", "en")).toBe("Surin")
    expect(provinceName("10", "th")).toBe("กรุงเทพมหานคร")
  })

  it("returns null for a missing or unknown code", () => {
    expect(provinceName(null, "th")).toBeNull()
    expect(provinceName("99", "en")).toBeNull()
  })
})
