import { hiddenFilters, scopedCatalogQuery, shownListParams, withoutHiddenParams } from "./listing"
import { EMPTY_STATE, parseSearchParams, toggleValue, type AllowedValues } from "./params"

const allowed: AllowedValues = {
  category: new Set(["food", "textile-apparel"]),
  region: new Set(["north", "northeast"]),
  province: new Set(["32", "50"]),
  cert: new Set(["gi", "tcps"]),
  fiber: new Set(["SILK"]),
  technique: new Set(["MUDMEE"]),
  dye: new Set(["NATURAL"]),
  soft_power: new Set(["FASHION"]),
}

describe("scoped listings", () => {
  it("a category page hides the category filter and asks the catalog for that category with the URL's filters", () => {
    const scope = { kind: "category", value: "textile-apparel" } as const
    const raw = withoutHiddenParams({ category: "food", cert: "gi", stars: "5", page: "2" }, scope)
    expect(raw).toEqual({ cert: "gi", stars: "5", page: "2" })
    const { state, problems } = parseSearchParams(raw, allowed)
    expect(problems).toEqual([])
    expect(scopedCatalogQuery(state, scope)).toEqual({
      category: "textile-apparel",
      cert: "gi",
      min_stars: 5,
      sort: "relevance",
      limit: 24,
      offset: 24,
    })
    expect(shownListParams(scope)).not.toContain("category")
  })

  it("a province page hides province and region; a region page only region", () => {
    expect(hiddenFilters({ kind: "province", value: "32" })).toEqual(["province", "region"])
    expect(hiddenFilters({ kind: "region", value: "north" })).toEqual(["region"])
    expect(shownListParams({ kind: "region", value: "north" })).toContain("province")
    const state = toggleValue(EMPTY_STATE, "province", "50")
    expect(scopedCatalogQuery(state, { kind: "region", value: "north" })).toMatchObject({ region: "north", province: "50" })
  })

  it("a producer page lists the group's products, past the first hundred too", () => {
    const { state } = parseSearchParams({ page: "6" }, allowed)
    expect(scopedCatalogQuery(state, { kind: "group", value: "ban-tha-sawang" })).toMatchObject({ group: "ban-tha-sawang", offset: 120, limit: 24 })
    expect(hiddenFilters(null)).toEqual([])
    expect(scopedCatalogQuery(state, null)).not.toHaveProperty("group")
  })
})
