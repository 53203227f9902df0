import { addressPayload, passwordProblem, readAddressForm, validateAddress, validateRegister, validateReview } from "./validation"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) data.set(key, value)
  return data
}

describe("passwordProblem", () => {
  it("refuses short, letter-only, digit-only, common and email-name passwords", () => {
    expect(passwordProblem("")).toBe("required")
    expect(passwordProblem("ab12")).toBe("passwordShort")
    expect(passwordProblem("abcdefgh")).toBe("passwordWeak")
    expect(passwordProblem("25672567")).toBe("passwordWeak")
    expect(passwordProblem("Password1")).toBe("passwordWeak")
    expect(passwordProblem("somsri2567", "somsri@example.th")).toBe("passwordWeak")
    expect(passwordProblem("otop-demo-2567", "customer@demo.otop.local")).toBeNull()
    expect(passwordProblem("ผ้าไหม2567")).toBeNull()
  })
})

describe("validateRegister", () => {
  it("names each bad field; the phone is optional", () => {
    expect(validateRegister({ first_name: "", last_name: "ใจดี", email: "x@", phone: "12", password: "short1" })).toEqual({
      first_name: "required",
      email: "email",
      phone: "phone",
      password: "passwordShort",
    })
    expect(validateRegister({ first_name: "สมศรี", last_name: "ใจดี", email: "somsri@example.th", phone: "", password: "mudmee-2567" })).toEqual({})
  })
})

describe("addresses", () => {
  const good = { first_name: "สมศรี", last_name: "ใจดี", phone: "081-234 5678", address_1: "99/1 ถนนพหลโยธิน", subdistrict_code: "103701", postcode: "10400" }

  it("reads and checks a Thai address (phone normalised)", () => {
    const values = readAddressForm(form(good))
    expect(values.phone).toBe("0812345678")
    expect(validateAddress(values)).toEqual({})
    expect(validateAddress({ ...values, postcode: "104", subdistrict_code: "", phone: "1234" })).toEqual({
      postcode: "postcode",
      subdistrict_code: "required",
      phone: "phone",
    })
  })

  it("stores Thai names, the province code and the picker codes", () => {
    const values = readAddressForm(form(good))
    const place = {
      code: "103701",
      name_th: "สามเสนใน",
      postcode: "10400",
      district: { code: "1037", name_th: "เขตพญาไท" },
      province: { code: "10", name_th: "กรุงเทพมหานคร" },
    }
    expect(addressPayload(values, place)).toEqual({
      first_name: "สมศรี",
      last_name: "ใจดี",
      phone: "0812345678",
      address_1: "99/1 ถนนพหลโยธิน",
      address_2: "สามเสนใน",
      city: "เขตพญาไท",
      province: "10",
      postal_code: "10400",
      country_code: "th",
      metadata: { subdistrict_code: "103701", district_code: "1037" },
    })
  })
})

describe("validateReview", () => {
  it("needs 1–5 whole stars and at least 10 characters", () => {
    expect(validateReview({ rating: "", title: "", body: "" }).errors).toEqual({ rating: "rating", body: "required" })
    expect(validateReview({ rating: "6", title: "", body: "สั้นไป" }).errors).toEqual({ rating: "rating", body: "reviewShort" })
    expect(validateReview({ rating: "2.5", title: "", body: "กาแฟหอมมาก ส่งไว" }).errors).toEqual({ rating: "rating" })
    expect(validateReview({ rating: "5", title: "ดีมาก", body: "กาแฟหอมมาก ส่งไว" })).toEqual({
      values: { rating: 5, title: "ดีมาก", body: "กาแฟหอมมาก ส่งไว" },
      errors: {},
    })
  })
})
