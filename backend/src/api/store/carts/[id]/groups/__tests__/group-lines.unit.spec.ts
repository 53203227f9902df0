import type { CartLineFacts } from "../../../../../../workflows/cart/line-rules"
import { groupCartLines } from "../group-lines"

const group = (id: string, extra: Partial<NonNullable<CartLineFacts["group"]>> = {}) => ({
  id,
  handle: id,
  name_th: id,
  name_en: null,
  approved: true,
  closed: false,
  closed_until: null,
  closure_note_th: null,
  closure_note_en: null,
  ...extra,
})

const line = (id: string, extra: Partial<CartLineFacts> = {}): CartLineFacts => ({
  id,
  variant_id: `variant_${id}`,
  product_id: `prod_${id}`,
  product_handle: id,
  title_th: id,
  title_en: null,
  variant_title_th: null,
  variant_title_en: null,
  thumbnail: null,
  quantity: 2,
  unit_price: 100,
  created_at: `2026-01-01T00:00:0${id.length}Z`,
  shipping_profile_id: "sp_a",
  available_quantity: 5,
  product_sellable: true,
  group: group("pgrp_a"),
  ...extra,
})

describe("groupCartLines", () => {
  it("groups by producer group in the order lines were added, lines of no group last, nothing dropped", () => {
    const groups = groupCartLines([
      line("bb", { group: group("pgrp_b"), shipping_profile_id: "sp_b" }),
      line("orphan", { group: null, shipping_profile_id: null }),
      line("a", { available_quantity: 0 }),
      line("aaa"),
    ])
    expect(groups.map((g) => [g.producer_group?.id ?? null, g.shipping_profile_id, g.items.map((i) => [i.id, i.problem])])).toEqual([
      ["pgrp_a", "sp_a", [["a", "out_of_stock"], ["aaa", null]]],
      ["pgrp_b", "sp_b", [["bb", null]]],
      [null, null, [["orphan", "unavailable"]]],
    ])
    expect(groups[0].items[0]).not.toHaveProperty("group")
  })
})
