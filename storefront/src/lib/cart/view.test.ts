import { buildCartView, problemLines } from "./view"
import type { CartGroupsResponse, MedusaCart, MedusaShippingOption } from "./types"

const group = (id: string, profile: string, closed = false) => ({
  id,
  handle: id,
  name_th: `กลุ่ม ${id}`,
  name_en: `Group ${id}`,
  approved: true,
  closed,
  closed_until: closed ? "2030-01-15T17:00:00.000Z" : null,
  closure_note_th: closed ? "เก็บเกี่ยว" : null,
  closure_note_en: closed ? "Harvest" : null,
})

const item = (id: string, extra: Partial<CartGroupsResponse["groups"][number]["items"][number]> = {}) => ({
  id,
  variant_id: `variant_${id}`,
  product_id: `prod_${id}`,
  product_handle: `handle-${id}`,
  title_th: `สินค้า ${id}`,
  title_en: `Product ${id}`,
  variant_title_th: "มาตรฐาน",
  variant_title_en: "Default",
  thumbnail: null,
  quantity: 1,
  unit_price: 120,
  available_quantity: 10,
  problem: null,
  ...extra,
})

const grouped: CartGroupsResponse = {
  cart_id: "cart_1",
  can_check_out: true,
  groups: [
    { producer_group: group("pgrp_a", "sp_a"), shipping_profile_id: "sp_a", items: [item("a1", { quantity: 2, unit_price: "89.5" })] },
    {
      producer_group: group("pgrp_b", "sp_b"),
      shipping_profile_id: "sp_b",
      items: [item("b1", { variant_title_th: "300 กรัม", variant_title_en: "300 g", unit_price: 1290.5 })],
    },
  ],
}

const options: MedusaShippingOption[] = [
  { id: "so_a_ems", name: "EMS ด่วนพิเศษ", shipping_profile_id: "sp_a", amount: 80, type: { code: "thp-ems" } },
  { id: "so_a_reg", name: "ไปรษณีย์ลงทะเบียน", shipping_profile_id: "sp_a", amount: 45, type: { code: "thp-registered" } },
  { id: "so_b_reg", name: "ไปรษณีย์ลงทะเบียน", shipping_profile_id: "sp_b", amount: 45, type: { code: "thp-registered" } },
]

const cart: MedusaCart = {
  id: "cart_1",
  email: "somsri@example.th",
  items: [
    { id: "a1", quantity: 2, total: 179 },
    { id: "b1", quantity: 1, total: 1290.5 },
  ],
  shipping_methods: [{ id: "casm_1", shipping_option_id: "so_a_ems", amount: 80 }],
  item_total: 1469.5,
  shipping_total: 80,
  tax_total: 101.43,
  total: 1549.5,
}

describe("buildCartView", () => {
  it("groups lines by producer group with each group's own shipping options, cheapest first", () => {
    const view = buildCartView(cart, grouped, options, "th")
    expect(view.groups.map((g) => g.name)).toEqual(["กลุ่ม pgrp_a", "กลุ่ม pgrp_b"])
    expect(view.groups[0].shippingOptions.map((o) => o.id)).toEqual(["so_a_reg", "so_a_ems"])
    expect(view.groups[1].shippingOptions.map((o) => [o.id, o.code, o.amount])).toEqual([["so_b_reg", "thp-registered", "45.00"]])
    expect(view.itemCount).toBe(3)
  })

  it("knows which group's shipping was chosen (by shipping profile) and shows the cheapest as the estimate otherwise", () => {
    const view = buildCartView(cart, grouped, options, "th")
    expect(view.groups[0]).toMatchObject({ selectedShippingOptionId: "so_a_ems", shippingAmount: "80.00", shippingChosen: true })
    expect(view.groups[1]).toMatchObject({ selectedShippingOptionId: null, shippingAmount: "45.00", shippingChosen: false })
    expect(view.shippingReady).toBe(false)
  })

  it("keeps amounts exact and hides the default variant name, in the reader's language", () => {
    const th = buildCartView(cart, grouped, options, "th")
    expect(th.groups[0].items[0]).toMatchObject({ unitPrice: "89.50", lineTotal: "179.00", variantTitle: null, title: "สินค้า a1" })
    expect(th.groups[1].items[0]).toMatchObject({ unitPrice: "1290.50", variantTitle: "300 กรัม" })
    expect(th.groups[0].itemTotal).toBe("179.00")
    expect(th.total).toBe("1549.50")
    const en = buildCartView(cart, grouped, options, "en")
    expect(en.groups[1].items[0]).toMatchObject({ title: "Product b1", variantTitle: "300 g" })
    expect(en.groups[1].name).toBe("Group pgrp_b")
  })

  it("computes a line total from the unit price when the cart has none", () => {
    const view = buildCartView({ ...cart, items: [] }, grouped, options, "th")
    expect(view.groups[0].items[0].lineTotal).toBe("179.00")
  })

  it("flags lines that cannot be bought, with the closure of their group, and blocks checkout", () => {
    const blocked: CartGroupsResponse = {
      ...grouped,
      groups: [
        { ...grouped.groups[0], items: [item("a1", { available_quantity: 0, problem: "out_of_stock" })] },
        { producer_group: group("pgrp_b", "sp_b", true), shipping_profile_id: "sp_b", items: [item("b1", { problem: "group_closed" })] },
      ],
    }
    const view = buildCartView(cart, blocked, options, "en")
    expect(view.canCheckOut).toBe(false)
    expect(view.groups[1]).toMatchObject({ closedUntil: "2030-01-15T17:00:00.000Z", closureNote: "Harvest" })
    expect(problemLines(view).map(({ item }) => [item.id, item.problem])).toEqual([
      ["a1", "out_of_stock"],
      ["b1", "group_closed"],
    ])
  })
})
