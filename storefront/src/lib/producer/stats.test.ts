import { bangkokMonthKey, lowStockCount, lowestPrice, monthSalesSatang, producerStatus, sortOrdersForShipping } from "./stats"

const item = (unit_price: number | string, quantity: number) => ({
  id: `i-${unit_price}-${quantity}`,
  title: "x",
  thumbnail: null,
  quantity,
  unit_price,
})

describe("monthSalesSatang", () => {
  const now = new Date("2026-11-22T01:00:00Z") // 22 Nov 2026, 08:00 in Bangkok

  it("sums unit_price × quantity of this month's orders in integer satang, without float drift", () => {
    const orders = [
      { created_at: "2026-11-01T00:30:00Z", items: [item(0.1, 3), item("1290.5", 2)] },
      { created_at: "2026-11-20T10:00:00Z", items: [item(0.2, 1), item(250, 1)] },
    ]
    // 0.30 + 2581.00 + 0.20 + 250.00 = 2831.50 (0.1 * 3 as floats would be 0.30000000000000004)
    expect(monthSalesSatang(orders, now)).toBe(283150n)
  })

  it("leaves out other months, using Bangkok time for the month boundary", () => {
    const orders = [
      { created_at: "2026-10-31T16:59:59Z", items: [item(100, 1)] }, // 23:59:59 on 31 Oct in Bangkok
      { created_at: "2026-10-31T17:00:00Z", items: [item(40.25, 2)] }, // 00:00 on 1 Nov in Bangkok
      { created_at: "2025-11-15T00:00:00Z", items: [item(999, 1)] }, // same month, last year
      { created_at: "not a date", items: [item(5, 1)] },
    ]
    expect(monthSalesSatang(orders, now)).toBe(8050n)
    expect(bangkokMonthKey(new Date("2026-10-31T17:00:00Z"))).toBe("2026-11")
  })

  it("is zero without orders", () => {
    expect(monthSalesSatang([], now)).toBe(0n)
  })
})

describe("product helpers", () => {
  const variant = (inventory_quantity: number | null, amount: number | string = 100) => ({
    id: "v",
    title: null,
    sku: null,
    prices: [{ amount, currency_code: "thb" }],
    inventory_quantity,
  })

  it("counts variants with stock ≤ 3 as low", () => {
    expect(lowStockCount([{ variants: [variant(0), variant(3), variant(4)] }, { variants: [variant(null), variant(1)] }])).toBe(3)
    expect(lowStockCount([{ variants: [variant(null)] }])).toBeNull()
    expect(lowStockCount([])).toBe(0)
  })

  it("finds the lowest THB price exactly", () => {
    expect(lowestPrice({ variants: [variant(1, "129.50"), variant(1, 129.49), variant(1, 200)] })).toBe(129.49)
    expect(lowestPrice({ variants: [] })).toBeNull()
  })

  it("reads the producer's own publish choice from metadata", () => {
    expect(producerStatus({ status: "draft", metadata: { producer_status: "published" } })).toBe("published")
    expect(producerStatus({ status: "published", metadata: null })).toBe("published")
    expect(producerStatus({ status: "draft", metadata: {} })).toBe("draft")
  })

  it("puts orders to ship first, newest first", () => {
    const sorted = sortOrdersForShipping([
      { id: "a", group_status: "shipped" as const, created_at: "2026-11-03T00:00:00Z" },
      { id: "b", group_status: "to_ship" as const, created_at: "2026-11-01T00:00:00Z" },
      { id: "c", group_status: "to_ship" as const, created_at: "2026-11-02T00:00:00Z" },
    ])
    expect(sorted.map((order) => order.id)).toEqual(["c", "b", "a"])
  })
})
