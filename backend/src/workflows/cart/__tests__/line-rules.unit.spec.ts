import { groupClosedMessage, lineProblem, lineProblems, linesProblem } from "../line-rules"
import { cartGroup as group, cartLine as line } from "./cart-line-fixtures"

describe("lineProblem", () => {
  it("names the most serious reason a line cannot be bought", () => {
    expect(lineProblem(line("a"))).toBeNull()
    expect(lineProblem(line("a", { available_quantity: null }))).toBeNull()
    expect(lineProblem(line("a", { available_quantity: 1 }))).toBe("insufficient_stock")
    expect(lineProblem(line("a", { available_quantity: 0 }))).toBe("out_of_stock")
    expect(lineProblem(line("a", { available_quantity: 0, group: group("g", { closed: true }) }))).toBe("group_closed")
    expect(lineProblem(line("a", { group: group("g", { approved: false, closed: true }) }))).toBe("unavailable")
    expect(lineProblem(line("a", { product_sellable: false }))).toBe("unavailable")
    expect(lineProblem(line("a", { group: null }))).toBe("unavailable")
  })

  it("weighs what the whole cart wants of the variant when told", () => {
    expect(lineProblem(line("a", { quantity: 2, available_quantity: 3 }), 4)).toBe("insufficient_stock")
    expect(lineProblem(line("a", { quantity: 2, available_quantity: null }), 40)).toBeNull()
  })
})

describe("lineProblems", () => {
  it("counts every line of one variant against its stock", () => {
    const twoOfOne = [line("a", { quantity: 2, available_quantity: 3 }), line("b", { variant_id: "variant_a", quantity: 2, available_quantity: 3 })]
    expect([...lineProblems(twoOfOne)]).toEqual([["a", "insufficient_stock"], ["b", "insufficient_stock"]])
    expect([...lineProblems([line("a", { quantity: 2, available_quantity: 3 }), line("b", { quantity: 2, available_quantity: 3 })])]).toEqual([
      ["a", null],
      ["b", null],
    ])
  })
})

describe("linesProblem", () => {
  it("is null when every line can be bought", () => {
    expect(linesProblem([line("a"), line("b", { available_quantity: null })])).toBeNull()
    expect(linesProblem([])).toBeNull()
  })

  it("names a closed group first, with the day it reopens (Bangkok)", () => {
    const closed = group("pgrp_b", { closed: true, closed_until: "2026-12-04T17:00:00.000Z" })
    const problem = linesProblem([line("a", { available_quantity: 0 }), line("b", { group: closed })])
    expect(problem).toEqual({
      code: "group_closed",
      message: "Group pgrp_b is closed until 2026-12-05: its products can be ordered again from then (กลุ่ม pgrp_b ปิดรับคำสั่งซื้อชั่วคราวถึง 2026-12-05)",
    })
  })

  it("lists the lines that cannot be had, with what is left (none for a withdrawn product)", () => {
    const problem = linesProblem([
      line("a", { quantity: 3, available_quantity: 1, variant_title_th: "ขวดใหญ่" }),
      line("b"),
      line("c", { product_sellable: false }),
    ])
    expect(problem).toEqual({
      code: "out_of_stock",
      message: expect.stringContaining("Not enough stock for: สินค้า a · ขวดใหญ่ (1 left / เหลือ 1), สินค้า c (0 left / เหลือ 0)"),
      items: [
        { line_item_id: "a", variant_id: "variant_a", title: "สินค้า a · ขวดใหญ่", requested: 3, available: 1 },
        { line_item_id: "c", variant_id: "variant_c", title: "สินค้า c", requested: 2, available: 0 },
      ],
    })
  })
})

describe("groupClosedMessage", () => {
  it("falls back to the Thai name when the group has no English one", () => {
    expect(groupClosedMessage({ name_th: "กลุ่มทอผ้า", name_en: null, closed_until: "2026-01-01T00:00:00Z" })).toMatch(/^กลุ่มทอผ้า is closed until 2026-01-01/)
  })
})
