import {
  activeDeskNav,
  appliedCount,
  canReject,
  certificationDecisionError,
  checkCsvFile,
  CSV_MAX_BYTES,
  currentYearBe,
  detailEntries,
  gradeApiError,
  gradePayload,
  importErrorKey,
  lookupHref,
  parseProductSearchParams,
  parseQueueParams,
  queueQuery,
  REASON_MAX_LENGTH,
  rejectReasonKey,
  starGlyphs,
  TEMPLATE_HEADERS,
  templateCsv,
  validateDecisionReason,
  validateGradeForm,
  validateRoundBe,
  verifyBlock,
  type GradeFormValues,
} from "./trust"

// 2025-06-15 noon in Bangkok: BE 2568.
const NOW = new Date("2025-06-15T05:00:00Z")

describe("certification queue filters", () => {
  const schemes = ["fda_food", "tcps", "gi"]

  it("default to the pending tab and keep only known schemes and the officer's provinces", () => {
    expect(parseQueueParams({}, ["50", "57"], schemes)).toEqual({ status: "pending", scheme: "", province: "", q: "", page: 1 })
    expect(parseQueueParams({ status: "verified", scheme: "gi", province: "57", q: "  ดอยช้าง ", page: "3" }, ["50", "57"], schemes)).toEqual({
      status: "verified",
      scheme: "gi",
      province: "57",
      q: "ดอยช้าง",
      page: 3,
    })
    expect(parseQueueParams({ status: "approved", scheme: "michelin", province: "32", page: "-1" }, ["50"], schemes)).toEqual({
      status: "pending",
      scheme: "",
      province: "",
      q: "",
      page: 1,
    })
    // Without the scheme list (vocabularies unavailable) any well-formed code is kept; the backend checks it.
    expect(parseQueueParams({ scheme: "peacock_gold" }, [], null).scheme).toBe("peacock_gold")
    expect(parseQueueParams({ scheme: "<script>" }, [], null).scheme).toBe("")
  })

  it("link with only what differs from the defaults", () => {
    expect(queueQuery({ status: "pending", page: 1 })).toEqual({})
    expect(queueQuery({ status: "rejected", scheme: "tcps", province: "50", q: "มผช", page: 2 })).toEqual({
      status: "rejected",
      scheme: "tcps",
      province: "50",
      q: "มผช",
      page: "2",
    })
  })
})

describe("certification decisions", () => {
  const pending = { status: "pending", document_file_id: "file_1", expires_at: "2027-01-01T00:00:00Z" }

  it("cannot verify a draft (no document), a decided one or an expired one, and say why", () => {
    expect(verifyBlock(pending, NOW)).toBeNull()
    expect(verifyBlock({ ...pending, expires_at: null }, NOW)).toBeNull()
    expect(verifyBlock({ ...pending, status: "draft", document_file_id: null }, NOW)).toBe("draft")
    expect(verifyBlock({ ...pending, document_file_id: null }, NOW)).toBe("draft")
    expect(verifyBlock({ ...pending, status: "verified" }, NOW)).toBe("decided")
    expect(verifyBlock({ ...pending, expires_at: "2025-06-15T04:59:59Z" }, NOW)).toBe("expired")
  })

  it("reject only pending ones with a document", () => {
    expect(canReject(pending)).toBe(true)
    expect(canReject({ ...pending, status: "draft", document_file_id: null })).toBe(false)
    expect(canReject({ ...pending, status: "rejected" })).toBe(false)
  })

  it("need a reason to reject, not to verify", () => {
    expect(validateDecisionReason("reject", "  ")).toBe("reasonRequired")
    expect(validateDecisionReason("reject", "เลขที่ไม่ตรงกับฐานข้อมูล อย.")).toBeUndefined()
    expect(validateDecisionReason("verify", "")).toBeUndefined()
    expect(validateDecisionReason("reject", "x".repeat(REASON_MAX_LENGTH + 1))).toBe("reasonTooLong")
  })

  it("map the backend's refusals to what the form says", () => {
    expect(certificationDecisionError(404, "Certification with id: x was not found")).toEqual({ errorKey: "notFound" })
    expect(certificationDecisionError(400, "reason: say why the certification is rejected")).toEqual({ fieldErrors: { reason: "reasonRequired" } })
    expect(certificationDecisionError(400, "This certification has no document yet: it is a draft and cannot be decided")).toEqual({ errorKey: "draft" })
    expect(certificationDecisionError(400, "This certification has already expired and cannot be verified")).toEqual({ errorKey: "expired" })
    expect(certificationDecisionError(400, "This certification is already verified")).toEqual({ errorKey: "decided" })
    expect(certificationDecisionError(400, "something new")).toEqual({ errorKey: "invalid", apiError: "something new" })
    expect(certificationDecisionError(502, "Bad gateway")).toEqual({ errorKey: "unavailable" })
  })

  it("link to the issuer's look-up (number filled in when the site takes it), only over http(s)", () => {
    expect(lookupHref("https://porta.fda.moph.go.th/FDA_SEARCH_ALL/MAIN/SEARCH_CENTER_MAIN.aspx", "5020016220031")).toBe(
      "https://porta.fda.moph.go.th/FDA_SEARCH_ALL/MAIN/SEARCH_CENTER_MAIN.aspx",
    )
    expect(lookupHref("https://example.go.th/search?no={number}", "สช61100104")).toBe(
      `https://example.go.th/search?no=${encodeURIComponent("สช61100104")}`,
    )
    expect(lookupHref(null, "1")).toBeNull()
    expect(lookupHref("javascript:alert(1)", "1")).toBeNull()
    expect(lookupHref("not a url", "1")).toBeNull()
  })

  it("show scheme details as text, lists joined, other shapes left out", () => {
    expect(detailEntries({ gi_name: "กาแฟดอยช้าง", provinces: ["เชียงราย", "57"], year: 2549, nested: { a: 1 }, empty: " " })).toEqual([
      ["gi_name", "กาแฟดอยช้าง"],
      ["provinces", "เชียงราย, 57"],
      ["year", "2549"],
    ])
    expect(detailEntries(null)).toEqual([])
  })
})

describe("grade entry", () => {
  const valid: GradeFormValues = { stars: "4", round_be: "2567", score: "", certificate_number: "", announced_at: "" }

  it("knows this year in the Buddhist era, in Bangkok", () => {
    expect(currentYearBe(NOW)).toBe(2568)
    // 31 Dec 2024 20:00 UTC is already 1 Jan 2025 in Bangkok.
    expect(currentYearBe(new Date("2024-12-31T20:00:00Z"))).toBe(2568)
  })

  it("takes a round as a BE year from 2546 to next year, and spots a CE year", () => {
    expect(validateRoundBe("2567", NOW)).toBeUndefined()
    expect(validateRoundBe("2569", NOW)).toBeUndefined()
    expect(validateRoundBe("2570", NOW)).toBe("roundRange")
    expect(validateRoundBe("2545", NOW)).toBe("roundRange")
    expect(validateRoundBe("2024", NOW)).toBe("roundIsCe")
    expect(validateRoundBe("", NOW)).toBe("roundRequired")
    expect(validateRoundBe("๒๕๖๗", NOW)).toBe("roundRange")
    expect(validateRoundBe("25670", NOW)).toBe("roundRange")
  })

  it("checks stars, score, certificate number and announcement date", () => {
    expect(validateGradeForm(valid, NOW)).toEqual({})
    expect(validateGradeForm({ ...valid, score: "85.25", certificate_number: "OPC-2567-50-0012", announced_at: "2024-09-27" }, NOW)).toEqual({})
    expect(validateGradeForm({ ...valid, stars: "" }, NOW)).toEqual({ stars: "starsRequired" })
    expect(validateGradeForm({ ...valid, stars: "6" }, NOW)).toEqual({ stars: "starsRequired" })
    expect(validateGradeForm({ ...valid, score: "100.5" }, NOW)).toEqual({ score: "scoreRange" })
    expect(validateGradeForm({ ...valid, score: "-1" }, NOW)).toEqual({ score: "scoreRange" })
    expect(validateGradeForm({ ...valid, score: "85.125" }, NOW)).toEqual({ score: "scoreRange" })
    expect(validateGradeForm({ ...valid, certificate_number: "x".repeat(61) }, NOW)).toEqual({ certificate_number: "certificateTooLong" })
    expect(validateGradeForm({ ...valid, announced_at: "2024-02-30" }, NOW)).toEqual({ announced_at: "dateInvalid" })
    expect(validateGradeForm({ ...valid, announced_at: "27/09/2567" }, NOW)).toEqual({ announced_at: "dateInvalid" })
    expect(validateGradeForm({ ...valid, announced_at: "2025-06-16" }, NOW)).toEqual({ announced_at: "dateFuture" })
    expect(validateGradeForm({ ...valid, announced_at: "2025-06-15" }, NOW)).toEqual({})
  })

  it("sends numbers as numbers and leaves out empty optional fields", () => {
    expect(gradePayload(valid)).toEqual({ round_be: 2567, stars: 4 })
    expect(gradePayload({ ...valid, score: "72.5", certificate_number: "OPC-1", announced_at: "2024-09-27" })).toEqual({
      round_be: 2567,
      stars: 4,
      score: 72.5,
      certificate_number: "OPC-1",
      announced_at: "2024-09-27",
    })
  })

  it("shows a round already graded (422) on the round field", () => {
    expect(gradeApiError(422, "round_be: this product already has a grade for round 2567")).toEqual({ fieldErrors: { round_be: "roundTaken" } })
    expect(gradeApiError(400, "stars: 1 to 5")).toEqual({ fieldErrors: { stars: "starsRequired" } })
    expect(gradeApiError(400, "announced_at: a date as YYYY-MM-DD")).toEqual({ fieldErrors: { announced_at: "dateInvalid" } })
    expect(gradeApiError(404, "Product with id: x was not found")).toEqual({ errorKey: "notFound" })
    expect(gradeApiError(400, "other: thing")).toEqual({ errorKey: "invalid", apiError: "other: thing" })
    expect(gradeApiError(500, "boom")).toEqual({ errorKey: "unavailable" })
  })

  it("draws the stars", () => {
    expect(starGlyphs(4)).toBe("★★★★☆")
    expect(starGlyphs(9)).toBe("★★★★★")
  })

  it("reads the product search, keeping only the officer's provinces", () => {
    expect(parseProductSearchParams({ q: " น้ำพริก ", province: "50", page: "2" }, ["50", "51"])).toEqual({ q: "น้ำพริก", province: "50", page: 2 })
    expect(parseProductSearchParams({ province: "32" }, ["50"])).toEqual({ q: "", province: "", page: 1 })
  })
})

describe("CSV import", () => {
  it("accepts a .csv up to 5 MB", () => {
    expect(checkCsvFile({ name: "CDD_OPC_2567.csv", size: 1200, type: "text/csv" })).toBeUndefined()
    expect(checkCsvFile({ name: "grades.CSV", size: 1200, type: "application/vnd.ms-excel" })).toBeUndefined()
    expect(checkCsvFile({ name: "grades.csv", size: 1200, type: "" })).toBeUndefined()
    expect(checkCsvFile(null)).toBe("fileRequired")
    expect(checkCsvFile({ name: "grades.xlsx", size: 1200, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })).toBe("fileNotCsv")
    expect(checkCsvFile({ name: "grades.csv", size: 0, type: "text/csv" })).toBe("fileEmpty")
    expect(checkCsvFile({ name: "grades.csv", size: CSV_MAX_BYTES + 1, type: "text/csv" })).toBe("fileTooLarge")
  })

  it("maps whole-file refusals of the backend", () => {
    expect(importErrorKey(400, "file: missing column: ระดับดาว (stars)")).toBe("missingColumns")
    expect(importErrorKey(400, "file: the file is not valid CSV: Invalid Closing Quote")).toBe("invalidCsv")
    expect(importErrorKey(400, "file: the file has no rows")).toBe("noRows")
    expect(importErrorKey(400, "file: larger than the 5 MB limit")).toBe("fileTooLarge")
    expect(importErrorKey(400, "round_be: the selection round of the file")).toBe("roundRange")
    expect(importErrorKey(401, "Unauthorized")).toBe("session")
    expect(importErrorKey(400, "anything else")).toBe("invalid")
    expect(importErrorKey(500, "boom")).toBe("unavailable")
  })

  it("translates known row reasons and falls back to the backend's text for new ones", () => {
    expect(rejectReasonKey("product_unknown")).toBe("product_unknown")
    expect(rejectReasonKey("something_new")).toBe("other")
    expect(rejectReasonKey(undefined)).toBe("other")
  })

  it("counts what a dry run would apply and what an import applied", () => {
    const applied = [{ row: 1, product_id: "prod_1", stars: 5 }]
    expect(appliedCount({ dry_run: true, applied, created: 0, updated: 0 })).toBe(1)
    expect(appliedCount({ dry_run: false, applied, created: 0, updated: 1 })).toBe(1)
  })

  it("offers a template with CDD's Thai headers that Excel opens as UTF-8", () => {
    const csv = templateCsv()
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const lines = csv.slice(1).trim().split("\r\n")
    expect(lines[0]).toBe(TEMPLATE_HEADERS.join(","))
    expect(lines[0]).toBe("ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว")
    expect(lines.slice(1).every((line) => line.split(",").length === 5 && /ดาว$/.test(line))).toBe(true)
  })
})

describe("desk navigation", () => {
  it("marks the section of the current page", () => {
    expect(activeDeskNav("/staff")).toBe("registrations")
    expect(activeDeskNav("/staff/producer-groups/pg_1")).toBe("registrations")
    expect(activeDeskNav("/staff/certifications/cert_1")).toBe("certifications")
    expect(activeDeskNav("/staff/grades")).toBe("grades")
    expect(activeDeskNav("/staff/grades/prod_1")).toBe("grades")
    expect(activeDeskNav("/staff/grades/import")).toBe("import")
    expect(activeDeskNav("/staff/login")).toBeNull()
  })
})
