import { cartErrorKey } from "./errors"

describe("cartErrorKey", () => {
  it("reads Medusa's and our hooks' refusals", () => {
    expect(cartErrorKey({ status: 400, message: "Some variant does not have the required inventory" })).toBe("stock")
    expect(
      cartErrorKey({ status: 400, message: "Ban Tha Sawang is closed until 2030-01-16: its products can be ordered again from then (… ปิดรับคำสั่งซื้อชั่วคราวถึง 2030-01-16)" }),
    ).toBe("closed")
    expect(cartErrorKey({ status: 404, message: "Variant with id: variant_1 was not found" })).toBe("unavailable")
    expect(cartErrorKey({ status: 400, message: "Items do not have a price" })).toBe("failed")
    expect(cartErrorKey({ status: 502, message: "stock service down" })).toBe("failed")
    expect(cartErrorKey(undefined)).toBe("failed")
  })
})
