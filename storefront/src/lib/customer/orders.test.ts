import { buildOrderParts, listState, overallState } from "./orders"
import type { MyReview, OrderDetail, ShipmentPart } from "./types"

const item = (id: string, productId: string, delivered: number) => ({
  id,
  title: `สินค้า ${id}`,
  product_id: productId,
  thumbnail: null,
  quantity: 1,
  unit_price: 100,
  total: 100,
  detail: { quantity: 1, delivered_quantity: delivered },
})

const order = {
  id: "order_1",
  display_id: 7,
  created_at: "2025-01-02T03:00:00Z",
  total: 345,
  currency_code: "thb",
  status: "pending",
  customer_id: "cus_1",
  email: "a@b.th",
  subtotal: 300,
  item_total: 300,
  shipping_total: 45,
  tax_total: 22.57,
  discount_total: 0,
  shipping_address: null,
  items: [item("li_a", "prod_a", 1), item("li_b", "prod_b", 0), item("li_c", "prod_c", 0)],
  fulfillments: [
    { id: "ful_a", shipped_at: "2025-01-03T00:00:00Z", delivered_at: "2025-01-05T00:00:00Z", canceled_at: null },
    { id: "ful_b", shipped_at: "2025-01-03T00:00:00Z", delivered_at: null, canceled_at: null },
  ],
} as unknown as OrderDetail

const part = (group: string, lines: [string, string][], shipments: ShipmentPart["shipments"]): ShipmentPart => ({
  producer_group: { id: `pg_${group}`, handle: group, name_th: `กลุ่ม ${group}`, name_en: null },
  items: lines.map(([id, product_id]) => ({ id, title: id, product_id, quantity: 1 })),
  shipments,
  cancellations: [],
})

describe("buildOrderParts", () => {
  const parts = [
    part("a", [["li_a", "prod_a"]], [{ id: "ful_a", shipped_at: "2025-01-03T00:00:00Z", carrier: "ไปรษณีย์ไทย", tracking_numbers: ["EF1TH"] }]),
    part("b", [["li_b", "prod_b"]], [{ id: "ful_b", shipped_at: "2025-01-03T00:00:00Z", carrier: "Kerry", tracking_numbers: ["KE2"] }]),
    part("c", [["li_c", "prod_c"]], []),
  ]
  const review: MyReview = { id: "rev_1", product_id: "prod_a", order_id: "order_1", rating: 4, title: null, body: "ดีมาก ส่งไวมาก", status: "pending", moderation_reason: null, updated_at: "" }

  it("gives each group its state, parcel, receipt button and reviewable lines", () => {
    const [a, b, c] = buildOrderParts(order, parts, [review])
    expect(a).toMatchObject({ state: "delivered", awaitingReceipt: null, shipments: [{ carrier: "ไปรษณีย์ไทย", trackingNumbers: ["EF1TH"], deliveredAt: "2025-01-05T00:00:00Z" }] })
    expect(a.items[0]).toMatchObject({ reviewable: true, review: { id: "rev_1", status: "pending" } })
    expect(b).toMatchObject({ state: "shipped", awaitingReceipt: "ful_b" })
    expect(b.items[0]).toMatchObject({ reviewable: false, review: null })
    expect(c).toMatchObject({ state: "preparing", awaitingReceipt: null, shipments: [] })
    expect(overallState([a, b, c])).toBe("preparing")
    expect(overallState([a])).toBe("delivered")
  })

  it("says cancelled when the group cancelled every line", () => {
    const cancelledOrder = { ...order, items: [{ ...item("li_c", "prod_c", 0), quantity: 0 }] } as unknown as OrderDetail
    const cancelled = { ...part("c", [["li_c", "prod_c"]], []), items: [{ id: "li_c", title: "c", product_id: "prod_c", quantity: 0 }], cancellations: [{ reason: "ของหมด", items: [], created_at: "2025-01-02T00:00:00Z" }] }
    expect(buildOrderParts(cancelledOrder, [cancelled], [])[0]).toMatchObject({ state: "cancelled", cancellations: [{ reason: "ของหมด" }] })
  })
})

describe("listState", () => {
  it("reads Medusa's fulfilment status", () => {
    expect(listState("not_fulfilled", "pending")).toBe("preparing")
    expect(listState("partially_shipped", "pending")).toBe("shipped")
    expect(listState("delivered", "completed")).toBe("delivered")
    expect(listState("delivered", "canceled")).toBe("cancelled")
  })
})
