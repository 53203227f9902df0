import { safeReturnPath } from "./return-to"

describe("safeReturnPath", () => {
  it("keeps account pages, without the locale", () => {
    expect(safeReturnPath("/account/orders/order_01ABC")).toBe("/account/orders/order_01ABC")
    expect(safeReturnPath("/th/account/addresses")).toBe("/account/addresses")
    expect(safeReturnPath("/en/account?page=2")).toBe("/account?page=2")
    expect(safeReturnPath("/th/checkout")).toBe("/checkout")
    expect(safeReturnPath("/cart")).toBe("/cart")
  })

  it("sends anything else to the account overview", () => {
    for (const value of [undefined, null, "", "https://evil.example/account", "//evil.example", "/account//evil.example", "/products/x", "/accountx", "/checkoutx", "/account/login", "/account/register?next=/account"]) {
      expect([value, safeReturnPath(value)]).toEqual([value, "/account"])
    }
  })
})
