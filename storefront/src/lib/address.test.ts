import { postalAddressLines } from "./address"

describe("postalAddressLines", () => {
  const address = {
    first_name: "สมศรี",
    last_name: "ใจดี",
    address_1: "99/1 ถนนห้วยแก้ว",
    address_2: "สุเทพ",
    city: "เมืองเชียงใหม่",
    province: "เชียงใหม่",
    postal_code: "50200",
    phone: "0812345678",
  }

  it("gives name, street, tambon-district-province-postcode and phone", () => {
    expect(postalAddressLines(address)).toEqual([
      "สมศรี ใจดี",
      "99/1 ถนนห้วยแก้ว",
      "สุเทพ เมืองเชียงใหม่ เชียงใหม่ 50200",
      "0812345678",
    ])
  })

  it("leaves out empty parts and, when asked, the phone", () => {
    expect(postalAddressLines({ ...address, last_name: null, address_2: " ", phone: "" })).toEqual([
      "สมศรี",
      "99/1 ถนนห้วยแก้ว",
      "เมืองเชียงใหม่ เชียงใหม่ 50200",
    ])
    expect(postalAddressLines(address, { phone: false })).toHaveLength(3)
  })
})
