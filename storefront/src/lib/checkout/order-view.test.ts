import { buildOrderView, type MedusaOrder, type OrderShipments } from "./order-view"

const order: MedusaOrder = {
  id: "order_1",
  display_id: 42,
  email: "somsri@example.th",
  total: 1549.5,
  item_total: 1469.5,
  shipping_total: 125,
  tax_total: 101.37,
  items: [
    { id: "ordli_a", product_title: "ชาใบหม่อน", variant_title: "มาตรฐาน", quantity: 2, total: 240 },
    { id: "ordli_b", product_title: "กาแฟดริป", variant_title: "10 ซอง", quantity: 1, total: 1229.5 },
  ],
  shipping_methods: [
    { id: "ordsm_1", name: "EMS ด่วนพิเศษ (1–2 วันทำการ)", amount: 80, data: { producer_group_id: "pgrp_b" } },
    { id: "ordsm_2", name: "ไปรษณีย์ลงทะเบียน (3–5 วันทำการ)", amount: 45, data: { producer_group_id: "pgrp_a" } },
  ],
}

const shipments: OrderShipments = {
  parts: [
    { producer_group: { id: "pgrp_a", handle: "a", name_th: "บ้านท่าสว่าง", name_en: "Ban Tha Sawang" }, items: [{ id: "ordli_a" }] },
    { producer_group: { id: "pgrp_b", handle: "b", name_th: "ดอยช้าง", name_en: null }, items: [{ id: "ordli_b" }] },
  ],
}

describe("buildOrderView", () => {
  it("shows each group's lines with the shipping the checkout tagged with that group", () => {
    const view = buildOrderView(order, shipments, "en")
    expect(view.groups.map((g) => [g.name, g.items.map((i) => i.id), g.shipping])).toEqual([
      ["Ban Tha Sawang", ["ordli_a"], { name: "ไปรษณีย์ลงทะเบียน (3–5 วันทำการ)", amount: "45.00" }],
      ["ดอยช้าง", ["ordli_b"], { name: "EMS ด่วนพิเศษ (1–2 วันทำการ)", amount: "80.00" }],
    ])
    expect(view.groups[0].items[0]).toMatchObject({ variantTitle: null, quantity: 2, total: "240.00" })
    expect(view.groups[1].items[0].variantTitle).toBe("10 ซอง")
    expect(view).toMatchObject({ displayId: 42, total: "1549.50", shippingTotal: "125.00", taxTotal: "101.37" })
  })

  it("keeps lines of no group (never drops a line from the receipt)", () => {
    const view = buildOrderView(order, { parts: [shipments.parts[0]] }, "th")
    expect(view.groups.map((g) => [g.id, g.items.map((i) => i.id)])).toEqual([
      ["pgrp_a", ["ordli_a"]],
      [null, ["ordli_b"]],
    ])
  })
})
