import { isCurrent, toPublicCertification } from "../data/public-view"
import { SCHEME_BY_CODE } from "../data/schemes"

describe("public certification view", () => {
  it("shows a food serial number in its display form, with the FDA look-up", () => {
    const shown = toPublicCertification({ scheme: "fda_food", number: "5020016220031", expires_at: "2030-01-01T00:00:00.000Z" })
    expect(shown).toMatchObject({ scheme: "fda_food", number: "50-2-00162-2-0031", expires_at: "2030-01-01T00:00:00.000Z" })
    expect(shown.lookup_url).toBe(SCHEME_BY_CODE.get("fda_food")!.lookup_url!.replace("{number}", "5020016220031"))
    expect(shown).not.toHaveProperty("gi_name")
  })

  it("keeps a GI's name and a group-wide mark without number", () => {
    expect(toPublicCertification({ scheme: "gi", number: null, details: { gi_name: "ผ้าไหมแพรวากาฬสินธุ์" } })).toMatchObject({
      scheme: "gi",
      number: null,
      expires_at: null,
      gi_name: "ผ้าไหมแพรวากาฬสินธุ์",
    })
    expect(toPublicCertification({ scheme: "gmp", number: "GMP-1/2567" })).toMatchObject({ scheme: "gmp", number: "GMP-1/2567", lookup_url: null })
  })

  it("counts only verified, unexpired certifications", () => {
    const at = new Date("2026-06-01T00:00:00Z")
    expect(isCurrent({ status: "verified", expires_at: null }, at)).toBe(true)
    expect(isCurrent({ status: "verified", expires_at: "2026-06-02" }, at)).toBe(true)
    expect(isCurrent({ status: "verified", expires_at: "2026-06-01T00:00:00Z" }, at)).toBe(false)
    expect(isCurrent({ status: "pending", expires_at: null }, at)).toBe(false)
  })
})
