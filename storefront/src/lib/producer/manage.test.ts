/**
 * @jest-environment node
 */
import {
  apiErrorKey,
  bangkokDay,
  bangkokMidnight,
  closurePayload,
  closureStatus,
  closureValuesOf,
  fieldErrorsFromApi,
  fileErrorKey,
  PAYOUT_API_FIELDS,
  payoutPayload,
  PROFILE_API_FIELDS,
  profilePayload,
  readInviteForm,
  readPayoutForm,
  readProfileForm,
  sortMembers,
  summarizeImport,
  validateClosure,
  validateImport,
  validateInvite,
  validatePayout,
  validateProfile,
  withBom,
  type PayoutValues,
  type ProfileValues,
  type TeamMember,
} from "./manage"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) data.append(key, value)
  return data
}

describe("invite", () => {
  it("normalizes the email and defaults to staff", () => {
    expect(readInviteForm(form({ email: "  New.Staff@Example.TH " }))).toEqual({ email: "new.staff@example.th", role: "staff" })
  })
  it("needs an email and a known role", () => {
    expect(validateInvite({ email: "", role: "staff" })).toEqual({ email: "required" })
    expect(validateInvite({ email: "not-an-email", role: "boss" })).toEqual({ email: "email", role: "role" })
    expect(validateInvite({ email: "a@b.th", role: "owner" })).toEqual({})
  })
})

describe("group profile", () => {
  const values: ProfileValues = {
    name_th: "กลุ่มทอผ้า",
    name_en: "Weavers",
    village_th: "",
    village_en: "",
    moo: "",
    story_th: "",
    story_en: "",
    phone: "",
    line_id: "",
    email: "",
  }

  it("requires both names and checks the optional fields' formats", () => {
    expect(validateProfile(values)).toEqual({})
    expect(validateProfile({ ...values, name_th: "", name_en: "W", moo: "100", phone: "12345", email: "x@", story_en: "x".repeat(4001) })).toEqual({
      name_th: "required",
      name_en: "tooShort",
      moo: "moo",
      phone: "phone",
      email: "email",
      story_en: "tooLong",
    })
  })

  it("reads phone numbers with dashes and sends empty optional fields as null", () => {
    const read = readProfileForm(form({ ...values, phone: "081-234-5678", moo: "7", email: "Group@Example.TH" }))
    expect(read.phone).toBe("0812345678")
    expect(validateProfile(read)).toEqual({})
    expect(profilePayload(read)).toEqual({
      name_th: "กลุ่มทอผ้า",
      name_en: "Weavers",
      village_th: null,
      village_en: null,
      moo: 7,
      story_th: null,
      story_en: null,
      phone: "0812345678",
      line_id: null,
      email: "group@example.th",
    })
  })
})

describe("payout", () => {
  const empty: PayoutValues = {
    bank_code: "",
    account_name: "",
    account_number: "",
    promptpay_id: "",
    clear_account: false,
    clear_promptpay: false,
  }

  it("keeps stored numbers when left empty and clears them when asked", () => {
    expect(payoutPayload({ ...empty, bank_code: "KBANK", account_name: "กลุ่ม" })).toEqual({
      payout_bank_code: "KBANK",
      payout_account_name: "กลุ่ม",
    })
    expect(payoutPayload({ ...empty, bank_code: "KBANK", clear_account: true, clear_promptpay: true })).toEqual({
      payout_bank_code: "KBANK",
      payout_account_name: null,
      payout_account_number: null,
      payout_promptpay_id: null,
    })
  })

  it("checks account numbers (with their bank) and PromptPay IDs", () => {
    const read = readPayoutForm(form({ bank_code: "kbank", account_number: "123-4-56789-0", promptpay_id: "081-234-5678", clear_account: "on" }))
    expect(read).toMatchObject({ bank_code: "KBANK", account_number: "123-4-56789-0", promptpay_id: "0812345678", clear_account: true })
    expect(validatePayout({ ...read, clear_account: false })).toEqual({})
    expect(validatePayout({ ...empty, account_number: "1234-5678-90" })).toEqual({ bank_code: "bankRequired" })
    expect(validatePayout({ ...empty, bank_code: "SCB", account_number: "12345" })).toEqual({ account_number: "accountNumber" })
    expect(validatePayout({ ...empty, promptpay_id: "12345" })).toEqual({ promptpay_id: "promptpay" })
    expect(validatePayout({ ...empty, promptpay_id: "1234567890123" })).toEqual({})
  })
})

describe("temporary closure", () => {
  const now = new Date("2025-06-10T05:00:00Z") // 12:00 in Bangkok, 10 June

  it("needs both days, the reopening day after the first and after today", () => {
    const base = { note_th: "", note_en: "" }
    expect(validateClosure({ ...base, closed_from: "", closed_until: "" }, now)).toEqual({ closed_from: "required", closed_until: "required" })
    expect(validateClosure({ ...base, closed_from: "2025-02-30", closed_until: "2025-06-20" }, now)).toEqual({ closed_from: "date" })
    expect(validateClosure({ ...base, closed_from: "2025-06-15", closed_until: "2025-06-15" }, now)).toEqual({ closed_until: "untilAfterFrom" })
    expect(validateClosure({ ...base, closed_from: "2025-06-15", closed_until: "2025-06-12" }, now)).toEqual({ closed_until: "untilAfterFrom" })
    expect(validateClosure({ ...base, closed_from: "2025-06-01", closed_until: "2025-06-10" }, now)).toEqual({ closed_until: "untilFuture" })
    expect(validateClosure({ ...base, closed_from: "2025-06-10", closed_until: "2025-06-11" }, now)).toEqual({})
  })

  it("closes from midnight of the first day until midnight of the reopening day, Bangkok time", () => {
    expect(bangkokMidnight("2025-06-10")).toBe("2025-06-09T17:00:00.000Z")
    expect(closurePayload({ closed_from: "2025-06-10", closed_until: "2025-06-17", note_th: "ช่วงเก็บเกี่ยว", note_en: "" })).toEqual({
      closed_from: "2025-06-09T17:00:00.000Z",
      closed_until: "2025-06-16T17:00:00.000Z",
      closure_note_th: "ช่วงเก็บเกี่ยว",
      closure_note_en: null,
    })
    expect(bangkokDay("2025-06-16T17:00:00.000Z")).toBe("2025-06-17")
    expect(
      closureValuesOf({ closed_from: "2025-06-09T17:00:00.000Z", closed_until: "2025-06-16T17:00:00.000Z", closure_note_th: null, closure_note_en: "Harvest" }),
    ).toEqual({ closed_from: "2025-06-10", closed_until: "2025-06-17", note_th: "", note_en: "Harvest" })
  })

  it("is open, scheduled or closed like the backend says", () => {
    const closure = { closed_from: "2025-06-09T17:00:00.000Z", closed_until: "2025-06-16T17:00:00.000Z" }
    expect(closureStatus({ closed_from: null, closed_until: null }, now)).toBe("open")
    expect(closureStatus(closure, now)).toBe("closed")
    expect(closureStatus(closure, new Date("2025-06-01T00:00:00Z"))).toBe("scheduled")
    expect(closureStatus(closure, new Date("2025-06-16T17:00:00Z"))).toBe("open")
  })
})

describe("backend failures", () => {
  it("maps the known ones to message keys", () => {
    expect(apiErrorKey(400, "A group keeps at least one owner: make someone else owner first")).toBe("lastOwner")
    expect(apiErrorKey(422, "email: new@example.th is already a member of this group")).toBe("alreadyMember")
    expect(apiErrorKey(403, "Only the group's owners can do this")).toBe("ownersOnly")
    expect(apiErrorKey(404, "Invite with id: x was not found")).toBe("notFound")
    expect(apiErrorKey(502, "Bad gateway")).toBe("unavailable")
    expect(apiErrorKey(400, "something else")).toBeNull()
  })

  it("places validation answers on the form's fields, or gives up", () => {
    expect(fieldErrorsFromApi("payout_promptpay_id: a PromptPay ID is …; payout_bank_code: a bank code", PAYOUT_API_FIELDS)).toEqual({
      promptpay_id: "promptpay",
      bank_code: "bankCode",
    })
    expect(fieldErrorsFromApi("phone: a Thai phone number", PROFILE_API_FIELDS)).toEqual({ phone: "phone" })
    expect(fieldErrorsFromApi("closed_until: the group reopens after it closes", PROFILE_API_FIELDS)).toBeNull()
  })
})

describe("CSV import", () => {
  it("accepts a .csv file up to 2 MB and a known mode", () => {
    expect(validateImport(null, "all")).toEqual({ file: "chooseFile" })
    expect(validateImport({ name: "products.xlsx", size: 10, type: "application/vnd.openxmlformats" }, "all")).toEqual({ file: "csvType" })
    expect(validateImport({ name: "products.csv", size: 3 * 1024 * 1024, type: "text/csv" }, "valid_only")).toEqual({ file: "csvSize" })
    expect(validateImport({ name: "products.CSV", size: 10, type: "" }, "everything")).toEqual({ mode: "required" })
    expect(validateImport({ name: "products.csv", size: 10, type: "text/csv" }, "valid_only")).toEqual({})
  })

  it("summarizes what was imported, skipped or held back", () => {
    const errors = [
      { row: 2, column: "price_thb", message: "a price" },
      { row: 2, column: "stock", message: "a number" },
      { row: 4, column: "handle", message: "taken" },
    ]
    expect(summarizeImport({ mode: "all", imported: 0, rows: 5, errors })).toEqual({
      mode: "all",
      imported: 0,
      rows: 5,
      badRows: 2,
      heldBack: 3,
      fileLevel: false,
    })
    expect(summarizeImport({ mode: "valid_only", imported: 3, rows: 5, errors })).toMatchObject({ imported: 3, badRows: 2, heldBack: 0 })
    expect(summarizeImport({ mode: "all", imported: 0, rows: 0, errors: [{ row: 0, column: "", message: "the file has no product rows" }] })).toMatchObject({
      fileLevel: true,
      heldBack: 0,
    })
  })

  it("knows the file-level messages", () => {
    expect(fileErrorKey({ row: 0, column: "", message: "the file has no product rows" })).toBe("emptyFile")
    expect(fileErrorKey({ row: 0, column: "", message: "the file is not valid CSV: Invalid Closing Quote" })).toBe("notCsv")
    expect(fileErrorKey({ row: 0, column: "price_thb, stock", message: "missing column" })).toBe("missingColumns")
    expect(fileErrorKey({ row: 3, column: "handle", message: "missing column" })).toBeNull()
  })

  it("puts one UTF-8 BOM in front of the template", () => {
    const csv = new TextEncoder().encode("handle,title_th\n")
    const once = withBom(csv)
    expect(Array.from(once.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    expect(withBom(once)).toBe(once)
    expect(new TextDecoder().decode(once)).toBe("handle,title_th\n") // the decoder drops the BOM
  })
})

describe("members", () => {
  it("lists owners first, then by name", () => {
    const member = (id: string, role: string, first: string | null, email: string): TeamMember => ({
      id,
      role,
      producer: { id: `p-${id}`, email, first_name: first, last_name: null },
    })
    const sorted = sortMembers([member("1", "staff", "สมชาย", "a@x.th"), member("2", "owner", null, "owner@x.th"), member("3", "staff", "กมล", "b@x.th")])
    expect(sorted.map((m) => m.id)).toEqual(["2", "3", "1"])
  })
})
