import { normaliseNumber, SCHEME_BY_CODE, SCHEMES } from "../data/schemes"

/*
 * Every scheme's number format against good and bad numbers taken from the domain facts
 * (../shared/domain/OTOP.md, cited by section). Where the facts mark a format unverified [U],
 * the test name says so: those formats are deliberately loose data, not rules.
 */

const THAI = /[\u0E00-\u0E7F]/
const schemesWithFormat = SCHEMES.filter((s) => s.format)

// [scheme, what it shows, as typed, stored, displayed]
const GOOD: [string, string, string, string, string][] = [
  // §3.1 Thai FDA food serial number [V/P]: 13 digits, shown XX-X-XXXXX-X-XXXX.
  ["fda_food", "§3.1 display form", "50-2-00162-2-0031", "5020016220031", "50-2-00162-2-0031"],
  ["fda_food", "§3.1 stored form", "5020016220031", "5020016220031", "50-2-00162-2-0031"],
  ["fda_food", "§3.1 spaces instead of dashes", " 50 2 00162 2 0031 ", "5020016220031", "50-2-00162-2-0031"],
  ["fda_food", "§3.1 dots instead of dashes", "50.2.00162.2.0031", "5020016220031", "50-2-00162-2-0031"],
  ["fda_food", "§3.1 mixed separators", "50-2 00162.2-0031", "5020016220031", "50-2-00162-2-0031"],
  ["fda_food", "§3.1 Bangkok location code 10 [P]", "10-1-00001-1-0001", "1010000110001", "10-1-00001-1-0001"],
  ["fda_food", "§3.1 no mod-11 check digit enforced [U]", "50-2-00162-2-0032", "5020016220032", "50-2-00162-2-0032"],
  // §3.2 cosmetic notification [P]: legacy 10 digits or 13 from e-submission; segment meanings [U], so shown as digits.
  ["fda_cosmetic", "§3.2 legacy 10 digits", "1016400012", "1016400012", "1016400012"],
  ["fda_cosmetic", "§3.2 13 digits with dashes", "10-1-6400012345", "1016400012345", "1016400012345"],
  ["fda_cosmetic", "§3.2 13 digits with spaces and dots", "10 1 64.00012345", "1016400012345", "1016400012345"],
  // §3.3 herbal products [U]: formats not verified, free text; the legacy shape `G 123/45`.
  ["herbal_reg", "§3.3 [U] legacy traditional-drug shape", "G 123/45", "G 123/45", "G 123/45"],
  ["herbal_detail", "§3.3 [U] free text, trimmed", "  G 123/45  ", "G 123/45", "G 123/45"],
  ["herbal_notify", "§3.3 [U] free text with Thai letters", "ทบ. 1-2564", "ทบ. 1-2564", "ทบ. 1-2564"],
  // §3.4 มผช. [V]: `มผช. <n>/<BE year>` or `TCPS <n>-<BE year>`; stored as "<n>/<year>".
  ["tcps", "§3.4 มผช. 247/2552 (scarf)", "มผช. 247/2552", "247/2552", "มผช. 247/2552"],
  ["tcps", "§3.4 without the space", "มผช.247/2552", "247/2552", "มผช. 247/2552"],
  ["tcps", "§3.4 without the dot", "มผช 247/2552", "247/2552", "มผช. 247/2552"],
  ["tcps", "§3.4 without dot or space", "มผช247/2552", "247/2552", "มผช. 247/2552"],
  ["tcps", "§3.4 spaces round the slash", "  มผช. 247 / 2552 ", "247/2552", "มผช. 247/2552"],
  ["tcps", "§3.4 Thai prefix, English dash", "มผช. 840-2548", "840/2548", "มผช. 840/2548"],
  ["tcps", "§3.4 English TCPS 840-2548 (ladies' costume)", "TCPS 840-2548", "840/2548", "มผช. 840/2548"],
  ["tcps", "§3.4 English without the space, lower case", "tcps840-2548", "840/2548", "มผช. 840/2548"],
  ["tcps", "§3.4 4-digit standard 1555/2563 (face mask)", "มผช.1555/2563", "1555/2563", "มผช. 1555/2563"],
  ["tcps", "§3.4 bare number/year", "247/2552", "247/2552", "มผช. 247/2552"],
  ["tcps", "§3.4 the older 247/2547 is its own version", "มผช. 247/2547", "247/2547", "มผช. 247/2547"],
  // §3.5 GI [V/P]: สช plus 8 digits.
  ["gi", "§3.5 สช 61100104 (Lap Lae Long durian)", "สช 61100104", "สช61100104", "สช 61100104"],
  ["gi", "§3.5 without the space (Lap Lae Lin durian)", "สช61100105", "สช61100105", "สช 61100105"],
  ["gi", "§3.5 extra spaces", " สช  6110 0104 ", "สช61100104", "สช 61100104"],
  // §3.6 Q mark [V]: `กษ AA-BBBB-CC-DDD-EEEEEE XXX`; AC for export, an ISO country code for imports.
  ["q_mark", "§3.6 with the process standard", "กษ 03-0001-50-001-000123 GAP", "กษ 03-0001-50-001-000123 GAP", "กษ 03-0001-50-001-000123 GAP"],
  ["q_mark", "§3.6 without the process standard", " กษ03-0001-50-001-000123 ", "กษ03-0001-50-001-000123", "กษ03-0001-50-001-000123"],
  ["q_mark", "§3.6 export (AC)", "AC 03-0001-50-001-000123 GAP", "AC 03-0001-50-001-000123 GAP", "AC 03-0001-50-001-000123 GAP"],
  ["q_mark", "§3.6 import (ISO country code)", "JP 03-0001-50-001-000123", "JP 03-0001-50-001-000123", "JP 03-0001-50-001-000123"],
  // §3.6 other marks: no number format in the facts, so the certificate number as printed.
  ["organic_th", "§3.6 [P] certificate number as printed", "TH-123/2567", "TH-123/2567", "TH-123/2567"],
  ["halal", "§3.6 [U] certificate number as printed", " HL 0123/2567 ", "HL 0123/2567", "HL 0123/2567"],
  ["thai_select", "§3.6 [U] certificate number as printed", "TS-2567-0042", "TS-2567-0042", "TS-2567-0042"],
  ["green_label", "§3.6 [P] certificate number as printed", "TGL-6-0123", "TGL-6-0123", "TGL-6-0123"],
  ["otop_authentic_taste", "§3.6 format not given [U]", "ATT 2562/015", "ATT 2562/015", "ATT 2562/015"],
  ["tis", "§3.6 format not given [U] (มอก. licence)", "มอก. 2346-2550", "มอก. 2346-2550", "มอก. 2346-2550"],
  ["gmp", "§3.6 format not given [U]", "GMP (50) 12/2566", "GMP (50) 12/2566", "GMP (50) 12/2566"],
  ["haccp", "§3.6 format not given [U]", "HACCP-TH-0099", "HACCP-TH-0099", "HACCP-TH-0099"],
  ["gap", "§3.6 format not given [U]", "GAP 01-9000-50-001", "GAP 01-9000-50-001", "GAP 01-9000-50-001"],
]

// [scheme, why it is wrong, as typed]
const BAD: [string, string, string][] = [
  ["fda_food", "§3.1 12 digits", "50-2-00162-2-003"],
  ["fda_food", "§3.1 14 digits", "50-2-00162-2-00311"],
  ["fda_food", "§3.1 a letter O for a zero", "5O-2-00162-2-0031"],
  ["fda_food", "§3.1 two numbers in one field", "50-2-00162-2-0031 50-2-00162-2-0032"],
  ["fda_food", "§3.1 empty", "   "],
  ["fda_cosmetic", "§3.2 9 digits", "123456789"],
  ["fda_cosmetic", "§3.2 11 digits", "10-1-64000123"],
  ["fda_cosmetic", "§3.2 12 digits", "123456789012"],
  ["fda_cosmetic", "§3.2 14 digits", "10-1-64000123456"],
  ["fda_cosmetic", "§3.2 letters", "10-1-64000X2345"],
  ["herbal_reg", "§3.3 [U] too short to be a number", "G1"],
  ["herbal_detail", "§3.3 [U] longer than any certificate number", "G 123/45 ".repeat(6)],
  ["herbal_notify", "§3.3 [U] characters no number carries", "G 123/45; <b>"],
  ["tcps", "§3.4 no BE year", "มผช. 247"],
  ["tcps", "§3.4 5-digit standard number", "มผช. 12345/2552"],
  ["tcps", "§3.4 2-digit year", "มผช. 247/52"],
  ["tcps", "§3.4 TCPS without a year", "TCPS 247"],
  ["tcps", "§3.6 a มอก. (TIS) standard is not a มผช.", "มอก. 247/2552"],
  ["gi", "§3.5 7 digits", "สช 6110010"],
  ["gi", "§3.5 9 digits", "สช 611001045"],
  ["gi", "§3.5 English prefix", "GI 61100104"],
  ["gi", "§3.5 no สช prefix", "61100104"],
  ["q_mark", "§3.6 not a Q code", "Q-123"],
  ["q_mark", "§3.6 product-type segment missing", "กษ 03-0001-50-000123 GAP"],
  ["q_mark", "§3.6 1-digit certifier", "กษ 3-0001-50-001-000123"],
  ["q_mark", "§3.6 short sequence", "กษ 03-0001-50-001-123"],
  ["organic_th", "§3.6 [P] one character", "7"],
  ["halal", "§3.6 [U] empty", ""],
  ["thai_select", "§3.6 [U] markup", "<script>"],
  ["green_label", "§3.6 [P] one character", "G"],
  ["otop_authentic_taste", "§3.6 [U] empty", " "],
  ["tis", "§3.6 [U] characters no number carries", "มอก. 2346; drop"],
  ["gmp", "§3.6 [U] one character", "-"],
  ["haccp", "§3.6 [U] longer than any certificate number", "H".repeat(61)],
  ["gap", "§3.6 [U] markup", "GAP <01>"],
]

describe("certification scheme data", () => {
  it("covers every scheme the catalog filters on, once each", () => {
    const codes = SCHEMES.map((s) => s.code)
    // Issue 4's scheme codes (domain facts §3, §4.3).
    for (const code of ["fda_food", "fda_cosmetic", "herbal_reg", "herbal_detail", "herbal_notify", "tcps", "gi", "peacock_gold", "peacock_silver", "peacock_blue", "peacock_green", "q_mark", "organic_th", "halal", "thai_select", "green_label", "otop_authentic_taste", "tis", "gmp", "haccp", "gap"]) {
      expect(codes).toContain(code)
    }
    expect(new Set(codes).size).toBe(codes.length)
    expect([...SCHEME_BY_CODE.keys()]).toEqual(codes)
  })

  it.each(SCHEMES.map((s) => [s.code, s] as const))("%s has Thai and English labels, an issuer, a lead time and an https look-up (if any)", (_code, s) => {
    expect(s.code).toMatch(/^[a-z][a-z_]*$/)
    // Thai labels are Thai script, except marks known by their Latin acronym (GMP, HACCP, GAP).
    expect(s.label.th).toMatch(new RegExp(`${THAI.source}|^[A-Z]+$`))
    expect(s.label.en.trim().length).toBeGreaterThan(1)
    expect(s.label.en).not.toMatch(/^[\u0E00-\u0E7F]/)
    expect(s.issuer.th).toMatch(THAI)
    expect(s.issuer.en.trim().length).toBeGreaterThan(1)
    expect(["product", "group"]).toContain(s.applies_to)
    expect(Number.isInteger(s.reminder_days) && s.reminder_days > 0 && s.reminder_days <= 366).toBe(true)
    if (s.default_validity_years !== null) expect(Number.isInteger(s.default_validity_years) && s.default_validity_years > 0).toBe(true)
    if (s.lookup_url !== null) {
      const url = new URL(s.lookup_url.replace("{number}", "0"))
      expect(url.protocol).toBe("https:")
      expect(url.hostname).toMatch(/\.(go\.th|or\.th)$/)
    }
  })

  it("keeps the domain facts' lead times, validities and subjects", () => {
    // §3.2 [V]: a cosmetic notification is valid 3 years; renewal is filed within 180 days before expiry.
    expect(SCHEME_BY_CODE.get("fda_cosmetic")).toMatchObject({ default_validity_years: 3, reminder_days: 180 })
    // §3.1: a food serial number proves registration and has no expiry; look it up at the FDA (porta.fda.moph.go.th).
    expect(SCHEME_BY_CODE.get("fda_food")).toMatchObject({ default_validity_years: null, applies_to: "product" })
    expect(SCHEME_BY_CODE.get("fda_food")!.lookup_url).toMatch(/^https:\/\/porta\.fda\.moph\.go\.th\//)
    // §3.4: มผช. validity "commonly 3 years" [U] is a default only, a certificate's own date wins.
    expect(SCHEME_BY_CODE.get("tcps")!.default_validity_years).toBe(3)
    // §3.6: Authentic Thai Taste certifies operators; GMP/HACCP/GAP certify the producer's process.
    for (const code of ["otop_authentic_taste", "gmp", "haccp", "gap"]) expect(SCHEME_BY_CODE.get(code)!.applies_to).toBe("group")
    // §4.3: the four Royal Peacock marks, by colour, from the Queen Sirikit Department of Sericulture.
    for (const colour of ["gold", "silver", "blue", "green"]) {
      const s = SCHEME_BY_CODE.get(`peacock_${colour}`)!
      expect(s.issuer.en).toBe("Queen Sirikit Department of Sericulture")
      expect(s.label.en.toLowerCase()).toContain(colour)
    }
  })
})

describe("certification numbers", () => {
  it("have good and bad examples here for every scheme with a number format", () => {
    const withGood = new Set(GOOD.map(([code]) => code))
    const withBad = new Set(BAD.map(([code]) => code))
    for (const s of schemesWithFormat) {
      expect([s.code, withGood.has(s.code)]).toEqual([s.code, true])
      expect([s.code, withBad.has(s.code)]).toEqual([s.code, true])
    }
  })

  it.each(GOOD)("%s accepts %s: %p", (scheme, _why, raw, stored, display) => {
    expect(normaliseNumber(scheme, raw)).toEqual({ ok: true, stored, display })
  })

  it.each(BAD)("%s refuses %s: %p, showing the expected format in English and Thai", (scheme, _why, raw) => {
    const result = normaliseNumber(scheme, raw)
    const format = SCHEME_BY_CODE.get(scheme)!.format!
    expect(result).toEqual({ ok: false, message: `number: '${raw.normalize("NFC").trim()}' is not ${format.hint.en} (${format.hint.th})` })
  })

  it.each(schemesWithFormat.map((s) => [s.code, s.format!] as const))("%s: its own example is accepted and its hints are Thai and English", (code, format) => {
    const result = normaliseNumber(code, format.example)
    expect(result.ok).toBe(true)
    expect(format.hint.th).toMatch(THAI)
    expect(format.hint.en).toMatch(/[a-z]/)
    if (result.ok) {
      // Storing is idempotent: the stored form normalises to itself and shows the same way.
      expect(normaliseNumber(code, result.stored)).toEqual(result)
      if (format.mask) {
        // The mask shown next to the field has the shape of the displayed number (X = a digit).
        const shape = new RegExp(`^${format.mask.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&").replace(/X/g, "\\d")}$`)
        expect(result.display).toMatch(shape)
      }
    }
  })

  it("shows the food serial number's mask, and the GI prefix with its 8 digits", () => {
    // §3.1: displayed as XX-X-XXXXX-X-XXXX; §3.5: สช + 8 digits.
    expect(SCHEME_BY_CODE.get("fda_food")!.format!.mask).toBe("XX-X-XXXXX-X-XXXX")
    expect(SCHEME_BY_CODE.get("gi")!.format!.mask).toBe("สช XXXXXXXX")
    // §3.2: the cosmetic segments are unverified [U], so no mask is offered.
    expect(SCHEME_BY_CODE.get("fda_cosmetic")!.format!.mask).toBeUndefined()
  })

  it("keeps a Royal Peacock mark's number as printed (no format in the facts, §4.3) and requires one when asked", () => {
    expect(SCHEME_BY_CODE.get("peacock_gold")!.format).toBeNull()
    expect(normaliseNumber("peacock_gold", "  QSDS 0123/2567 ")).toEqual({ ok: true, stored: "QSDS 0123/2567", display: "QSDS 0123/2567" })
    expect(normaliseNumber("peacock_silver", "")).toEqual({ ok: false, message: "number: required" })
  })

  it("answers a missing number and an unknown scheme with a reason, not an exception", () => {
    expect(normaliseNumber("fda_food", undefined as unknown as string)).toMatchObject({ ok: false, message: expect.stringMatching(/^number: '' is not a 13-digit/) })
    expect(normaliseNumber("nope", "1")).toEqual({ ok: false, message: "scheme: 'nope' is not a known scheme" })
  })
})
