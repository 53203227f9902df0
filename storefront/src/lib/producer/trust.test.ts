import { formatDate } from "@/lib/dates"
import {
  attributesPayload,
  attributesValuesFrom,
  bangkokDay,
  certificationRequest,
  certificationWarnings,
  daysUntilExpiry,
  expiryState,
  isTextileProduct,
  mapAttributesApiError,
  mapCertificationApiError,
  numberFormatHint,
  numberRequired,
  readAttributesForm,
  readCertificationForm,
  renewalOf,
  schemesByCode,
  splitApiMessage,
  validateAttributes,
  validateCertificationForm,
  warningSummary,
  type CertificationFormValues,
  type CertificationScheme,
  type ProducerCertification,
  type TrustVocabularies,
} from "./trust"

const FDA_FOOD: CertificationScheme = {
  code: "fda_food",
  label: { th: "เลขสารบบอาหาร (อย.)", en: "Thai FDA food serial number" },
  issuer: { th: "อย.", en: "Thai FDA" },
  applies_to: "product",
  number_example: "50-2-00162-2-0031",
  number_hint: { th: "เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031", en: "a 13-digit food serial number, e.g. 50-2-00162-2-0031" },
  number_mask: "XX-X-XXXXX-X-XXXX",
  lookup_url: "https://porta.fda.moph.go.th/",
  reminder_days: 90,
}
const COSMETIC: CertificationScheme = { ...FDA_FOOD, code: "fda_cosmetic", number_mask: null, reminder_days: 180 }
const GMP: CertificationScheme = { ...FDA_FOOD, code: "gmp", applies_to: "group", number_mask: null, number_example: "TH-123/2567" }
const PEACOCK: CertificationScheme = { ...FDA_FOOD, code: "peacock_gold", number_mask: null, number_example: null, number_hint: null }
const GI: CertificationScheme = { ...FDA_FOOD, code: "gi", number_mask: "สช XXXXXXXX", number_example: "สช 61100104" }
const SCHEMES = schemesByCode([FDA_FOOD, COSMETIC, GMP, PEACOCK, GI])

const cert = (over: Partial<ProducerCertification>): ProducerCertification => ({
  id: "cert_1",
  scheme: "fda_food",
  number: "5020016220031",
  number_display: "50-2-00162-2-0031",
  certificate_number: null,
  issued_at: null,
  expires_at: null,
  status: "verified",
  status_reason: null,
  product_id: "prod_1",
  document_filename: "fda.pdf",
  details: null,
  scheme_label: FDA_FOOD.label,
  lookup_url: null,
  created_at: "2024-01-01T00:00:00Z",
  ...over,
})

describe("Bangkok days", () => {
  it("counts the calendar day in Bangkok, not UTC", () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Bangkok (UTC+7).
    expect(bangkokDay("2025-12-31T20:00:00Z")).toBe("2026-01-01")
    expect(bangkokDay("2025-12-31T16:59:59Z")).toBe("2025-12-31")
  })

  it("counts days to an expiry by Bangkok calendar days", () => {
    const now = new Date("2026-03-10T18:00:00Z") // 11 March, 01:00 in Bangkok
    expect(daysUntilExpiry("2026-03-11T00:00:00Z", now)).toBe(0)
    expect(daysUntilExpiry("2026-03-12T00:00:00Z", now)).toBe(1)
    expect(daysUntilExpiry("2026-03-01T00:00:00Z", now)).toBe(-10)
    // across a leap day
    expect(daysUntilExpiry("2028-03-01T00:00:00Z", new Date("2028-02-28T05:00:00Z"))).toBe(2)
  })

  it("shows issue and expiry dates in the Buddhist era in Thai", () => {
    expect(formatDate("2027-01-15T00:00:00Z", "th", { dateStyle: "medium" })).toMatch(/2570/)
    expect(formatDate("2027-01-15T00:00:00Z", "en", { dateStyle: "medium" })).toMatch(/2027/)
  })
})

describe("expiry warnings", () => {
  const now = new Date("2026-06-01T03:00:00Z")

  it("warns within the scheme's lead time, and the expiry day itself is already expired", () => {
    expect(expiryState(cert({ expires_at: "2026-08-15T00:00:00Z" }), 90, now)).toEqual({ kind: "expiring", days: 75 })
    expect(expiryState(cert({ expires_at: "2026-12-15T00:00:00Z" }), 90, now)).toEqual({ kind: "valid", days: 197 })
    expect(expiryState(cert({ expires_at: "2026-12-15T00:00:00Z" }), 200, now)).toEqual({ kind: "expiring", days: 197 })
    expect(expiryState(cert({ expires_at: "2026-06-01T00:00:00Z" }), 90, now)).toEqual({ kind: "expired", daysAgo: 0 })
    expect(expiryState(cert({ expires_at: "2026-05-20T00:00:00Z" }), 90, now)).toEqual({ kind: "expired", daysAgo: 12 })
    expect(expiryState(cert({ status: "expired", expires_at: "2026-05-20T00:00:00Z" }), 90, now)).toEqual({ kind: "expired", daysAgo: 12 })
    expect(expiryState(cert({ expires_at: null }), 90, now)).toEqual({ kind: "none" })
    expect(expiryState(cert({ status: "rejected", expires_at: "2026-05-20T00:00:00Z" }), 90, now)).toEqual({ kind: "none" })
  })

  it("uses each scheme's own lead time (cosmetics 180 days) and skips claims already renewed", () => {
    const list = [
      cert({ id: "food_soon", expires_at: "2026-08-15T00:00:00Z" }),
      cert({ id: "cosmetic_soon", scheme: "fda_cosmetic", product_id: "prod_2", expires_at: "2026-10-29T00:00:00Z" }), // 150 days
      cert({ id: "food_far", product_id: "prod_3", expires_at: "2026-10-29T00:00:00Z" }), // 150 > 90
      cert({ id: "gone", scheme: "gmp", product_id: null, status: "expired", expires_at: "2026-01-01T00:00:00Z" }),
      cert({ id: "old", scheme: "gi", product_id: "prod_4", status: "expired", expires_at: "2025-01-01T00:00:00Z", created_at: "2022-01-01T00:00:00Z" }),
      cert({ id: "renewal", scheme: "gi", product_id: "prod_4", status: "pending", expires_at: "2029-01-01T00:00:00Z", created_at: "2026-05-01T00:00:00Z" }),
    ]
    const warnings = certificationWarnings(list, SCHEMES, now)
    expect(warnings.map((w) => w.certification.id)).toEqual(["gone", "food_soon", "cosmetic_soon"])
    expect(renewalOf(list[4], list)?.id).toBe("renewal")
    expect(renewalOf(list[0], list)).toBeNull()
    expect(warningSummary(warnings)).toEqual({ expired: 1, expiring: 2, soonestDays: 75 })
    expect(warningSummary([])).toEqual({ expired: 0, expiring: 0, soonestDays: null })
  })
})

describe("number format hints", () => {
  it("shows the fixed shape where the scheme has one, its words in the reader's language and an example", () => {
    expect(numberFormatHint(FDA_FOOD, "th")).toEqual({
      mask: "XX-X-XXXXX-X-XXXX",
      hint: "เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031",
      example: "50-2-00162-2-0031",
    })
    expect(numberFormatHint(FDA_FOOD, "en").hint).toMatch(/^a 13-digit/)
    expect(numberFormatHint(COSMETIC, "en").mask).toBeNull()
    expect(numberFormatHint(undefined, "th")).toEqual({ mask: null, hint: null, example: null })
    expect(numberRequired(FDA_FOOD)).toBe(true)
    expect(numberRequired(PEACOCK)).toBe(false)
  })
})

describe("the certification form", () => {
  const values = (over: Partial<CertificationFormValues> = {}): CertificationFormValues => ({
    scheme: "fda_food",
    product_id: "prod_1",
    number: "50-2-00162-2-0031",
    certificate_number: "",
    issued_at: "",
    expires_at: "",
    document_id: "",
    gi_name: "",
    ...over,
  })
  const now = new Date("2026-06-01T20:00:00Z") // 2 June in Bangkok

  it("reads and trims the form", () => {
    const form = new FormData()
    form.set("scheme", " fda_food ")
    form.set("number", " 50 2 00162 2 0031 ")
    expect(readCertificationForm(form)).toMatchObject({ scheme: "fda_food", number: "50 2 00162 2 0031", product_id: "" })
  })

  it("asks for what each scheme needs and checks the dates in Bangkok days", () => {
    expect(validateCertificationForm(values(), FDA_FOOD, now)).toEqual({})
    expect(validateCertificationForm(values({ scheme: "" }), undefined, now)).toEqual({ scheme: "required" })
    expect(validateCertificationForm(values({ product_id: "", number: "" }), FDA_FOOD, now)).toEqual({ product_id: "required", number: "numberRequired" })
    expect(validateCertificationForm(values({ scheme: "gmp", product_id: "" }), GMP, now)).toEqual({})
    expect(validateCertificationForm(values({ scheme: "peacock_gold", number: "" }), PEACOCK, now)).toEqual({})
    expect(validateCertificationForm(values({ issued_at: "2026-06-02" }), FDA_FOOD, now)).toEqual({})
    expect(validateCertificationForm(values({ issued_at: "2026-06-03" }), FDA_FOOD, now)).toEqual({ issued_at: "issuedFuture" })
    expect(validateCertificationForm(values({ issued_at: "2026-02-30" }), FDA_FOOD, now)).toEqual({ issued_at: "dateInvalid" })
    expect(validateCertificationForm(values({ issued_at: "2026-01-10", expires_at: "2026-01-10" }), FDA_FOOD, now)).toEqual({
      expires_at: "expiresBeforeIssued",
    })
    expect(validateCertificationForm(values({ number: "9".repeat(81) }), FDA_FOOD, now)).toEqual({ number: "tooLong" })
  })

  it("sends a product's claim to the product and a group scheme to the group, with the scheme's details", () => {
    expect(certificationRequest(values({ document_id: "pupl_1" }), FDA_FOOD)).toEqual({
      path: "/producer/products/prod_1/certifications",
      body: {
        scheme: "fda_food",
        number: "50-2-00162-2-0031",
        certificate_number: null,
        issued_at: null,
        expires_at: null,
        document_id: "pupl_1",
        details: null,
      },
    })
    expect(certificationRequest(values({ scheme: "gmp", product_id: "prod_1" }), GMP).path).toBe("/producer/certifications")
    expect(certificationRequest(values({ scheme: "gi", number: "สช 61100104", gi_name: "ผ้าไหมแพรวากาฬสินธุ์" }), GI).body.details).toEqual({
      gi_name: "ผ้าไหมแพรวากาฬสินธุ์",
    })
  })

  it("pins the backend's refusals to fields", () => {
    expect(
      mapCertificationApiError(
        "number: '502001622003' is not a 13-digit food serial number, e.g. 50-2-00162-2-0031 (เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031)",
      ),
    ).toEqual({ number: "numberFormat" })
    expect(mapCertificationApiError("number: required, a 13-digit food serial number")).toEqual({ number: "numberRequired" })
    expect(
      mapCertificationApiError("scheme: GMP certifies the producer; submit it for the group (POST /producer/certifications)"),
    ).toEqual({ scheme: "schemeForGroup" })
    expect(mapCertificationApiError("issued_at: cannot be in the future; expires_at: must be after issued_at")).toEqual({
      issued_at: "issuedFuture",
      expires_at: "expiresBeforeIssued",
    })
    expect(mapCertificationApiError("document_id: upload pupl_1 is a public picture; upload documents with purpose=document")).toEqual({
      document_id: "documentPicture",
    })
    expect(mapCertificationApiError("Product with id: prod_x was not found")).toEqual({ product_id: "productNotFound" })
    expect(mapCertificationApiError("Something else broke")).toBeNull()
  })

  it("splits joined messages only where a new field starts", () => {
    expect(splitApiMessage("scheme: X certifies the producer; submit it for the group; number: required")).toEqual([
      ["scheme", "X certifies the producer; submit it for the group"],
      ["number", "required"],
    ])
  })
})

describe("attributes", () => {
  const term = (code: string, extra: object = {}) => ({ code, th: code, en: code, ...extra })
  const vocabularies: TrustVocabularies = {
    fiber: [term("SILK"), term("COTTON")],
    technique: [term("PRAEWA"), term("KHIT"), term("MUDMEE")],
    dye: [term("NATURAL"), term("INDIGO")],
    fabric_type: [term("PRAEWA")],
    royal_pattern: [term("KHO_SIRIVANNAVARI", { year_be: 2564 }), term("CHABA_PATTANI")],
    soft_power: [term("FASHION"), term("FOOD")],
    campaign: [term("PHA_THAI_SAI_HAI_SANUK"), term("OFOS")],
    certification_schemes: [],
  }

  it("knows textiles by their category", () => {
    expect(isTextileProduct([{ handle: "textile-apparel" }])).toBe(true)
    expect(isTextileProduct([{ handle: "food" }])).toBe(false)
    expect(isTextileProduct(null)).toBe(false)
  })

  it("reads the form, round-trips the saved attributes, and builds the body", () => {
    const form = new FormData()
    form.set("fiber", "SILK")
    form.append("techniques", "PRAEWA")
    form.append("techniques", "KHIT")
    form.append("techniques", "KHIT")
    form.set("dye", "NATURAL")
    form.set("royal_pattern", "KHO_SIRIVANNAVARI")
    form.set("hand_woven", "yes")
    form.append("soft_power", "FASHION")
    form.append("campaigns", "OFOS")
    const values = readAttributesForm(form)
    expect(values.techniques).toEqual(["PRAEWA", "KHIT"])
    expect(validateAttributes(values, true, vocabularies)).toEqual({})
    const body = attributesPayload(values, true, vocabularies.royal_pattern)
    expect(body).toEqual({
      fabric: {
        fiber: "SILK",
        techniques: ["PRAEWA", "KHIT"],
        dye: "NATURAL",
        fabric_type: null,
        royal_pattern: "KHO_SIRIVANNAVARI",
        royal_pattern_year_be: 2564, // the pattern's known year
        provincial_pattern: null,
        hand_woven: true,
      },
      soft_power: ["FASHION"],
      campaigns: ["OFOS"],
    })
    expect(attributesValuesFrom({ ...body.fabric!, soft_power: ["FASHION"], campaigns: ["OFOS"] })).toEqual({
      ...values,
      royal_pattern_year_be: "2564",
    })
    expect(attributesValuesFrom(null).techniques).toEqual([])
  })

  it("checks fabric rules and keeps fabric off other products", () => {
    const base = attributesValuesFrom(null)
    expect(validateAttributes({ ...base, dye: "NATURAL" }, true, vocabularies)).toEqual({ fiber: "fiberRequired" })
    expect(validateAttributes({ ...base, fiber: "SILK", royal_pattern: "CHABA_PATTANI" }, true, vocabularies)).toEqual({
      royal_pattern_year_be: "royalYearRequired",
    })
    expect(validateAttributes({ ...base, fiber: "SILK", royal_pattern_year_be: "2020" }, true, vocabularies)).toEqual({
      royal_pattern_year_be: "yearBe",
    })
    expect(validateAttributes({ ...base, fiber: "WOOL" }, true, vocabularies)).toEqual({ fiber: "notInList" })
    expect(validateAttributes({ ...base, fiber: "SILK" }, false, vocabularies)).toEqual({ fabric: "notTextile" })
    expect(validateAttributes({ ...base, soft_power: ["FOOD"] }, false, vocabularies)).toEqual({})
    expect(attributesPayload({ ...base, soft_power: ["FOOD"] }, false, [])).toEqual({ fabric: null, soft_power: ["FOOD"], campaigns: [] })
    expect(attributesPayload(base, true, []).fabric).toBeNull()
  })

  it("pins the backend's refusals to fields", () => {
    expect(mapAttributesApiError("fabric.techniques.1: 'KHIT' is listed twice; soft_power.0: one of FOOD, SPORTS")).toEqual({
      techniques: "listedTwice",
      soft_power: "notInList",
    })
    expect(mapAttributesApiError("fabric.royal_pattern_year_be: the year (BE) the royal pattern was bestowed")).toEqual({
      royal_pattern_year_be: "royalYearRequired",
    })
    expect(mapAttributesApiError("fabric: only products in Textiles & Apparel (ผ้าและเครื่องแต่งกาย) carry fabric attributes")).toEqual({
      fabric: "notTextile",
    })
    expect(mapAttributesApiError("fabric.fiber: Required")).toEqual({ fiber: "fiberRequired" })
    expect(mapAttributesApiError("Product with id: x was not found")).toBeNull()
  })
})
