import {
  checkUploadFile,
  currentYearBe,
  geoBackendPath,
  hasErrors,
  mapRegistrationApiError,
  mapUploadApiError,
  normalizePhone,
  readRegistrationForm,
  readSignupForm,
  registrationPayload,
  sortedEvents,
  sortedRegistrations,
  suggestHandle,
  timelineStep,
  validateRegistration,
  validateSignup,
  type RegistrationSummary,
} from "./registration"

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item)
  }
  return data
}

const DOCS = ["id_card_chair:up_1", "house_registration:up_2", "product_photo:up_3"]

const complete = {
  name_th: "กลุ่มทอผ้าไหมบ้านนาข่า",
  name_en: "Ban Na Kha Silk Weavers",
  handle: "Ban-Na-Kha-Silk",
  producer_type: "COMMUNITY_GROUP",
  subdistrict_code: "500101",
  postcode: "50200",
  province_code: "50",
  district_code: "5001",
  phone: "081-234 5678",
  email: "Group@Example.TH",
  moo: "4",
  registration_year_be: "2560",
  document: DOCS,
}

describe("sign-up checks", () => {
  it("normalises the phone and email and accepts a complete form", () => {
    const values = readSignupForm(
      form({ first_name: " สมศรี ", last_name: "ใจดี", phone: "+66 81 234 5678", email: " Somsri@Example.TH ", password: "12345678" }),
    )
    expect(values).toEqual({ first_name: "สมศรี", last_name: "ใจดี", phone: "0812345678", email: "somsri@example.th", password: "12345678" })
    expect(validateSignup(values)).toEqual({})
  })

  it("names each missing or bad field, with a minimum password length", () => {
    expect(validateSignup({ first_name: "", last_name: "", phone: "12345", email: "nope", password: "short" })).toEqual({
      first_name: "required",
      last_name: "required",
      phone: "phone",
      email: "email",
      password: "password",
    })
  })
})

describe("registration checks", () => {
  it("reads, checks and turns a complete form into the API body", () => {
    const { values, documents } = readRegistrationForm(form(complete))
    expect(values.handle).toBe("ban-na-kha-silk")
    expect(values.phone).toBe("0812345678")
    expect(documents).toEqual([
      { kind: "id_card_chair", upload_id: "up_1" },
      { kind: "house_registration", upload_id: "up_2" },
      { kind: "product_photo", upload_id: "up_3" },
    ])
    const errors = validateRegistration(values, documents, { yearBe: 2568 })
    expect(hasErrors(errors)).toBe(false)
    const body = registrationPayload(values, documents)
    expect(body).toMatchObject({
      handle: "ban-na-kha-silk",
      name_th: "กลุ่มทอผ้าไหมบ้านนาข่า",
      producer_type: "COMMUNITY_GROUP",
      subdistrict_code: "500101",
      moo: 4,
      registration_year_be: 2560,
      phone: "0812345678",
      email: "group@example.th",
      documents,
    })
    // Empty optional fields are left out, never sent as "".
    expect(body.otop_registration_no).toBeUndefined()
    expect(body.story_th).toBeUndefined()
    expect("postcode" in body).toBe(false)
  })

  it("asks for every required field and the three required documents", () => {
    const { values, documents } = readRegistrationForm(form({ document: ["power_of_attorney:up_9", "bogus:up_0"] }))
    expect(documents).toEqual([{ kind: "power_of_attorney", upload_id: "up_9" }])
    expect(validateRegistration(values, documents)).toEqual({
      fieldErrors: {
        name_th: "required",
        name_en: "required",
        handle: "required",
        producer_type: "required",
        subdistrict_code: "subdistrict",
        phone: "required",
      },
      documentErrors: { id_card_chair: "documentRequired", house_registration: "documentRequired", product_photo: "documentRequired" },
    })
  })

  it("refuses bad formats and a document still uploading", () => {
    const { values, documents } = readRegistrationForm(
      form({
        ...complete,
        handle: "บ้านนาข่า",
        registration_year_be: "2543",
        moo: "100",
        email: "group@",
        postcode: "5020",
        phone: "12345678",
        otop_registration_no: "ab",
      }),
    )
    const errors = validateRegistration(values, documents, { yearBe: 2568, uploadingKinds: ["product_photo"] })
    expect(errors.fieldErrors).toEqual({
      handle: "handle",
      registration_year_be: "yearBe",
      moo: "moo",
      email: "email",
      postcode: "postcode",
      phone: "phone",
      otop_registration_no: "registrationNo",
    })
    expect(errors.documentErrors).toEqual({ product_photo: "documentUploading" })
    const future = validateRegistration({ ...values, registration_year_be: "2569" }, documents, { yearBe: 2568 })
    expect(future.fieldErrors.registration_year_be).toBe("yearBe")
  })

  it("suggests an ASCII handle from the English name", () => {
    expect(suggestHandle("Ban Na Kha Silk Weavers")).toBe("ban-na-kha-silk-weavers")
    expect(suggestHandle("  Mae Kampong Coffee (Chiang Mai) ")).toBe("mae-kampong-coffee-chiang-mai")
    expect(suggestHandle("กลุ่มไทย")).toBe("")
  })

  it("counts Buddhist-era years in Bangkok time", () => {
    expect(currentYearBe(new Date("2025-12-31T16:59:00Z"))).toBe(2568)
    expect(currentYearBe(new Date("2025-12-31T17:00:00Z"))).toBe(2569)
  })

  it("normalises phone numbers", () => {
    expect(normalizePhone("02-123-4567")).toBe("021234567")
    expect(normalizePhone("+66 (81) 234-5678")).toBe("0812345678")
  })
})

describe("backend errors", () => {
  const documents = [
    { kind: "id_card_chair" as const, upload_id: "up_1" },
    { kind: "product_photo" as const, upload_id: "up_3" },
  ]

  it("maps duplicates and an unknown subdistrict to their fields", () => {
    expect(mapRegistrationApiError("handle: 'mae-kampong-coffee' is already taken by another group")).toEqual({
      fieldErrors: { handle: "handleTaken" },
      documentErrors: {},
    })
    expect(mapRegistrationApiError("otop_registration_no: 'OTOP-1' is already registered to another group")?.fieldErrors).toEqual({
      otop_registration_no: "registrationNoTaken",
    })
    expect(mapRegistrationApiError("subdistrict_code: no subdistrict has the code '999999'")?.fieldErrors).toEqual({
      subdistrict_code: "subdistrictUnknown",
    })
  })

  it("maps document failures to their kinds, and zod's issues to fields", () => {
    expect(mapRegistrationApiError("documents: missing id_card_chair, house_registration")?.documentErrors).toEqual({
      id_card_chair: "documentRequired",
      house_registration: "documentRequired",
    })
    expect(mapRegistrationApiError("documents: upload up_3 was not found", documents)?.documentErrors).toEqual({
      product_photo: "documentMissing",
    })
    expect(mapRegistrationApiError("documents: upload up_1 is a public picture; upload documents with purpose=document", documents)?.documentErrors).toEqual({
      id_card_chair: "documentMissing",
    })
    expect(mapRegistrationApiError("moo: Too big; village_en: Too long; phone: a Thai phone number, e.g. 0812345678")).toEqual({
      fieldErrors: { moo: "moo", village_en: "invalid", phone: "phone" },
      documentErrors: {},
    })
    expect(mapRegistrationApiError("Something else went wrong")).toBeNull()
  })

  it("recognises refused uploads", () => {
    expect(mapUploadApiError("files: 'notes.txt' is text/plain; allowed are PDF, JPEG, PNG and WebP")).toBe("fileType")
    expect(mapUploadApiError("files: a file is larger than the 5 MB limit")).toBe("fileSize")
    expect(mapUploadApiError("files: something")).toBeNull()
    expect(checkUploadFile({ type: "text/plain", size: 10 })).toBe("fileType")
    expect(checkUploadFile({ type: "application/pdf", size: 5 * 1024 * 1024 + 1 })).toBe("fileSize")
    expect(checkUploadFile({ type: "image/webp", size: 1000 })).toBeNull()
  })
})

describe("status page helpers", () => {
  it("names the timeline steps", () => {
    expect(timelineStep({ from_status: null, to_status: "pending" })).toBe("submitted")
    expect(timelineStep({ from_status: "pending", to_status: "approved" })).toBe("approved")
    expect(timelineStep({ from_status: "suspended", to_status: "approved" })).toBe("reinstated")
    expect(timelineStep({ from_status: "pending", to_status: "rejected" })).toBe("rejected")
    expect(timelineStep({ from_status: "approved", to_status: "suspended" })).toBe("suspended")
    expect(timelineStep({ from_status: "approved", to_status: "archived" })).toBe("changed")
  })

  it("orders events oldest first and registrations newest first", () => {
    const event = (id: string, at: string) => ({ id, from_status: null, to_status: "pending", reason: null, actor_type: "producer", created_at: at })
    expect(sortedEvents([event("b", "2025-02-01T00:00:00Z"), event("a", "2025-01-01T00:00:00Z")]).map((e) => e.id)).toEqual(["a", "b"])
    const registration = (id: string, at: string | null) => ({ id, submitted_at: at }) as RegistrationSummary
    expect(
      sortedRegistrations([registration("old", "2024-01-01T00:00:00Z"), registration("none", null), registration("new", "2025-01-01T00:00:00Z")]).map(
        (r) => r.id,
      ),
    ).toEqual(["new", "old", "none"])
  })

  it("lets only the store's geography routes through the proxy", () => {
    expect(geoBackendPath(["provinces"], null)).toBe("/store/geo/provinces")
    expect(geoBackendPath(["provinces", "50", "districts"], null)).toBe("/store/geo/provinces/50/districts")
    expect(geoBackendPath(["districts", "5001", "subdistricts"], null)).toBe("/store/geo/districts/5001/subdistricts")
    expect(geoBackendPath(["subdistricts"], "50200")).toBe("/store/geo/subdistricts?postcode=50200")
    expect(geoBackendPath(["subdistricts"], "50200&x=1")).toBeNull()
    expect(geoBackendPath(["provinces", "..", "..", "admin"], null)).toBeNull()
    expect(geoBackendPath(["subdistricts", "500101"], null)).toBeNull()
  })
})
