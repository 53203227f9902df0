import {
  cancelApiErrorKey,
  cancelItems,
  cancelReasonText,
  openLines,
  readCancelForm,
  validateCancel,
  type CancelValues,
} from "./edit-orders"

const items = [
  { id: "line_a", title: "ข้าวเกรียบ", thumbnail: null, quantity: 3, unit_price: 50, detail: { fulfilled_quantity: 1 } },
  { id: "line_b", title: "น้ำพริก", thumbnail: null, quantity: "1", unit_price: "80", detail: null },
  { id: "line_c", title: "ส่งครบแล้ว", thumbnail: null, quantity: 2, unit_price: 10, detail: { fulfilled_quantity: 2 } },
]

describe("openLines", () => {
  it("keeps the lines with something not shipped, with how much", () => {
    expect(openLines(items)).toEqual([
      { id: "line_a", title: "ข้าวเกรียบ", thumbnail: null, left: 2 },
      { id: "line_b", title: "น้ำพริก", thumbnail: null, left: 1 },
    ])
  })
})

describe("the cancel form", () => {
  const open = openLines(items)
  const values = (overrides: Partial<CancelValues> = {}): CancelValues => ({
    orderId: "order_1",
    reason: "outOfMaterial",
    details: "",
    lines: [
      { id: "line_a", quantity: "2" },
      { id: "line_b", quantity: "1" },
    ],
    ...overrides,
  })

  it("reads chosen lines and their quantities", () => {
    const form = new FormData()
    form.set("order_id", "order_1")
    form.set("reason", "other")
    form.set("details", "  เตาเสีย  ")
    form.append("line", "line_a")
    form.set("quantity.line_a", "1")
    form.set("quantity.line_b", "1")
    expect(readCancelForm(form)).toEqual({ orderId: "order_1", reason: "other", details: "เตาเสีย", lines: [{ id: "line_a", quantity: "1" }] })
  })

  it("needs a reason, own words for 'other', a line and sensible quantities", () => {
    expect(validateCancel(values(), open)).toEqual({})
    expect(validateCancel(values({ reason: "" }), open)).toEqual({ reason: "reasonRequired" })
    expect(validateCancel(values({ reason: "other", details: "no" }), open)).toEqual({ details: "detailsRequired" })
    expect(validateCancel(values({ reason: "other", details: "เตาเสีย" }), open)).toEqual({})
    expect(validateCancel(values({ lines: [] }), open)).toEqual({ lines: "linesRequired" })
    expect(validateCancel(values({ lines: [{ id: "line_a", quantity: "3" }] }), open)).toEqual({ lines: "quantity" })
    expect(validateCancel(values({ lines: [{ id: "line_c", quantity: "1" }] }), open)).toEqual({ lines: "linesRequired" })
  })

  it("sends no items when everything left is cancelled, else the chosen ones", () => {
    expect(cancelItems(values(), open)).toBeUndefined()
    expect(cancelItems(values({ lines: [{ id: "line_a", quantity: "1" }, { id: "line_b", quantity: "1" }] }), open)).toEqual([
      { id: "line_a", quantity: 1 },
      { id: "line_b", quantity: 1 },
    ])
    expect(cancelItems(values({ lines: [{ id: "line_b", quantity: "1" }] }), open)).toEqual([{ id: "line_b", quantity: 1 }])
  })

  it("writes the reason in both languages for the buyer, or the producer's own words", () => {
    const labels = { th: "ขาดวัตถุดิบ", en: "Out of raw material" }
    expect(cancelReasonText("outOfMaterial", "", labels)).toBe("ขาดวัตถุดิบ / Out of raw material")
    expect(cancelReasonText("outOfMaterial", "ฝนตกหนัก", labels)).toBe("ขาดวัตถุดิบ / Out of raw material: ฝนตกหนัก")
    expect(cancelReasonText("other", "เตาเสีย", labels)).toBe("เตาเสีย")
  })

  it("knows the backend's refusals", () => {
    expect(cancelApiErrorKey(404, "Order with id: order_x was not found")).toBe("notFound")
    expect(cancelApiErrorKey(400, "This order is already cancelled")).toBe("alreadyCancelled")
    expect(cancelApiErrorKey(400, "Nothing of this order is left to cancel: it is all shipped or cancelled")).toBe("nothingLeft")
    expect(cancelApiErrorKey(400, "items: line x has only 0 not yet shipped; shipped items cannot be cancelled")).toBe("shipped")
    expect(cancelApiErrorKey(400, "reason: say why")).toBeNull()
  })
})
