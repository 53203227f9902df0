import { FACETS } from "../../../api/store/catalog/query"
import { DIMENSIONS, SUMMARY_FACETS, applyPairsSql } from "../facet-summary"

describe("facet summary", () => {
  it("counts every facet the store catalog returns, and every filter it can answer", () => {
    for (const facet of FACETS) expect(SUMMARY_FACETS).toContain(facet)
    const names = DIMENSIONS.map((d) => d.name)
    for (const filter of ["category", "province", "region", "stars", "cert", "gi", "fiber", "technique", "dye", "soft_power", "in_stock"]) {
      expect(names).toContain(filter)
    }
  })

  it("upserts counters in key order (concurrent writers queue instead of deadlocking)", () => {
    const sql = applyPairsSql("e.product_id in (?)", -1)
    expect(sql).toMatch(/-1 \* count\(\*\)/)
    expect(sql).toMatch(/order by p\.facet_a, p\.value_a, p\.facet_b, p\.value_b\s+on conflict/)
  })
})
