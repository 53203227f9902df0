import { cartGroup as group, cartLine as line } from "../../../../../../workflows/cart/__tests__/cart-line-fixtures"
import { groupCartLines } from "../group-lines"

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
