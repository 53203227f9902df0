import { checkAddress, normalizeThaiPhone, postcodeMismatch, readAddressForm, toMedusaAddress, type GeoPlace } from "./validation"

const SI_PHUM: GeoPlace = {
  code: "500101",
  name_th: "ศรีภูมิ",
  name_en: "Si Phum",
  postcode: "50200",
  district: { code: "5001", name_th: "เมืองเชียงใหม่", name_en: "Mueang Chiang Mai" },
  province: { code: "50", name_th: "เชียงใหม่", name_en: "Chiang Mai" },
}

const good = {
  email: "somsri@example.th",
  first_name: "สมศรี",
  last_name: "ใจดี",
  phone: "081-234-5678",
  address_1: "99/1 ถนนห้วยแก้ว",
  subdistrict_code: "500101",
  postcode: "50200",
}

describe("normalizeThaiPhone", () => {
  it.each([
    ["0812345678", "0812345678"],
    ["081-234-5678", "0812345678"],
    ["+66 81 234 5678", "0812345678"],
    ["66812345678", "0812345678"],
    ["02 123 4567", "021234567"],
  ])("%s → %s", (raw, phone) => expect(normalizeThaiPhone(raw)).toBe(phone))

  it.each(["", "12345", "0112345678", "08123456789", "abc"])("refuses %p", (raw) => expect(normalizeThaiPhone(raw)).toBeNull())
})

describe("checkAddress", () => {
  it("accepts a complete address", () => {
    expect(checkAddress(good)).toEqual({})
  })

  it("names every missing or malformed field", () => {
    const errors = checkAddress({ email: "x@", first_name: "", last_name: "", phone: "123", address_1: "", subdistrict_code: "", postcode: "502" })
    expect(Object.keys(errors).sort()).toEqual(["address_1", "email", "first_name", "last_name", "phone", "postcode", "subdistrict_code"])
  })

  it("reads trimmed values from form data", () => {
    const form = new FormData()
    form.set("email", "  somsri@example.th ")
    form.set("postcode", "50200")
    expect(readAddressForm(form)).toMatchObject({ email: "somsri@example.th", postcode: "50200", phone: "" })
  })
})

describe("postcodeMismatch", () => {
  it("accepts the subdistrict's own postcode", () => {
    expect(postcodeMismatch(good, SI_PHUM, "th")).toBeNull()
  })

  it("refuses another one, naming the subdistrict and its postcode in the reader's language", () => {
    expect(postcodeMismatch({ ...good, postcode: "10400" }, SI_PHUM, "th")).toEqual({
      key: "postcodeMismatch",
      values: { postcode: "10400", subdistrict: "ศรีภูมิ", expected: "50200" },
    })
    expect(postcodeMismatch({ ...good, postcode: "10400" }, SI_PHUM, "en")?.values?.subdistrict).toBe("Si Phum")
  })
})

describe("toMedusaAddress", () => {
  it("writes what a Thai parcel label needs, keeping the codes in metadata", () => {
    expect(toMedusaAddress(good, SI_PHUM)).toEqual({
      first_name: "สมศรี",
      last_name: "ใจดี",
      phone: "0812345678",
      address_1: "99/1 ถนนห้วยแก้ว",
      address_2: "ศรีภูมิ",
      city: "เมืองเชียงใหม่",
      province: "เชียงใหม่",
      postal_code: "50200",
      country_code: "th",
      metadata: { subdistrict_code: "500101", district_code: "5001", province_code: "50" },
    })
  })
})
