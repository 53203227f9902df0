import { normaliseNumber, SCHEME_BY_CODE, SCHEMES } from "../data/schemes"

describe("certification schemes", () => {
  it("cover every scheme the catalog filters on, each labelled in Thai and English", () => {
    const codes = SCHEMES.map((s) => s.code)
    for (const code of ["fda_food", "fda_cosmetic", "herbal_reg", "tcps", "gi", "peacock_gold", "peacock_silver", "peacock_blue", "peacock_green", "q_mark", "organic_th", "halal", "thai_select", "green_label", "otop_authentic_taste", "tis", "gmp", "haccp", "gap"]) {
      expect(codes).toContain(code)
    }
    expect(new Set(codes).size).toBe(codes.length)
    for (const s of SCHEMES) {
      expect(s.label.th).toMatch(/[\u0E00-\u0E7F]|^[A-Z]+$/)
      expect(s.label.en.length).toBeGreaterThan(1)
    }
    expect(SCHEME_BY_CODE.get("fda_cosmetic")!.reminder_days).toBe(180)
  })

  it.each([
    ["fda_food", "50-2-00162-2-0031", "5020016220031", "50-2-00162-2-0031"],
    ["fda_food", "5020016220031", "5020016220031", "50-2-00162-2-0031"],
    ["fda_food", " 50 2 00162 2 0031 ", "5020016220031", "50-2-00162-2-0031"],
    ["fda_cosmetic", "1016400012", "1016400012", "1016400012"],
    ["fda_cosmetic", "10-1-6400012345", "1016400012345", "1016400012345"],
    ["tcps", "มผช. 247/2552", "247/2552", "มผช. 247/2552"],
    ["tcps", "มผช.1555/2563", "1555/2563", "มผช. 1555/2563"],
    ["tcps", "TCPS 840-2548", "840/2548", "มผช. 840/2548"],
    ["gi", "สช 61100104", "สช61100104", "สช 61100104"],
    ["gi", "สช61100105", "สช61100105", "สช 61100105"],
    ["herbal_reg", "G 123/45", "G 123/45", "G 123/45"],
  ])("accepts %s %p", (scheme, raw, stored, display) => {
    expect(normaliseNumber(scheme, raw)).toEqual({ ok: true, stored, display })
  })

  it.each([
    ["fda_food", "50-2-00162-2-003"], // 12 digits
    ["fda_food", "50-2-00162-2-00311"], // 14 digits
    ["fda_food", "5O-2-00162-2-0031"], // letter O
    ["fda_cosmetic", "123456789"],
    ["fda_cosmetic", "123456789012"], // 12 digits
    ["tcps", "มผช. 247"],
    ["tcps", "มผช. 12345/2552"],
    ["gi", "สช 6110010"],
    ["gi", "GI 61100104"],
    ["q_mark", "Q-123"],
  ])("refuses %s %p and shows the expected format", (scheme, raw) => {
    const result = normaliseNumber(scheme, raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(/^number: /)
      expect(result.message).toContain(SCHEME_BY_CODE.get(scheme)!.format!.hint.en)
    }
  })

  it("names an unknown scheme", () => {
    expect(normaliseNumber("nope", "1")).toEqual({ ok: false, message: "scheme: 'nope' is not a known scheme" })
  })
})
