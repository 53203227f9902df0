import {
  activeFilters,
  EMPTY_STATE,
  LIST_PARAMS,
  MAX_PAGE,
  pageCount,
  parseSearchParams,
  searchHref,
  toCatalogQuery,
  toggleFlag,
  toggleStars,
  toggleValue,
  toQueryRecord,
  withoutFilter,
  withoutFilters,
  withPage,
  type AllowedValues,
} from "./params"

const allowed: AllowedValues = {
  category: new Set(["food", "textile-apparel"]),
  region: new Set(["north", "northeast"]),
  province: new Set(["32", "46", "50"]),
  cert: new Set(["gi", "tcps", "fda_food"]),
  fiber: new Set(["SILK", "COTTON"]),
  technique: new Set(["MUDMEE", "PRAEWA"]),
  dye: new Set(["NATURAL", "INDIGO"]),
  soft_power: new Set(["FASHION", "FOOD"]),
}

describe("parseSearchParams", () => {
  it("reads repeated and comma-separated values, sorted and without duplicates", () => {
    const { state, problems } = parseSearchParams({ dye: ["NATURAL", "INDIGO,NATURAL"], cert: "tcps,gi", stars: "5", gi: "true" }, allowed)
    expect(problems).toEqual([])
    expect(state.lists.dye).toEqual(["INDIGO", "NATURAL"])
    expect(state.lists.cert).toEqual(["gi", "tcps"])
    expect(state.stars).toBe(5)
    expect(state.gi).toBe(true)
    expect(state.page).toBe(1)
    expect(state.sort).toBe("relevance")
  })

  it("leaves out values the catalog would refuse, and says which", () => {
    const { state, problems } = parseSearchParams(
      { dye: "PURPLE,NATURAL", stars: "6", gi: "yes", price_min: "abc", sort: "cheapest", province: "5" },
      allowed,
    )
    expect(state.lists.dye).toEqual(["NATURAL"])
    expect(state.stars).toBeNull()
    expect(state.gi).toBe(false)
    expect(state.priceMin).toBeNull()
    expect(state.sort).toBe("relevance")
    expect(problems).toEqual([
      { param: "province", value: "5", reason: "unknown" },
      { param: "dye", value: "PURPLE", reason: "unknown" },
      { param: "stars", value: "6", reason: "invalid" },
      { param: "gi", value: "yes", reason: "invalid" },
      { param: "price_min", value: "abc", reason: "invalid" },
      { param: "sort", value: "cheapest", reason: "invalid" },
    ])
  })

  it("drops a maximum price below the minimum (compared exactly, in satang)", () => {
    const { state, problems } = parseSearchParams({ price_min: "150.50", price_max: "150.49" }, allowed)
    expect(state.priceMin).toBe("150.50")
    expect(state.priceMax).toBeNull()
    expect(problems).toEqual([{ param: "price_max", value: "150.49", reason: "range" }])
    expect(parseSearchParams({ price_min: "100", price_max: "100.00" }, allowed).state.priceMax).toBe("100.00")
  })

  it("keeps commas in the search words, collapses spaces and caps the length", () => {
    expect(parseSearchParams({ q: "  ผ้าไหม,   มัดหมี่ " }, allowed).state.q).toBe("ผ้าไหม, มัดหมี่")
    expect(parseSearchParams({ q: "   " }, allowed).state.q).toBeNull()
    expect(parseSearchParams({ q: "ก".repeat(150) }, allowed).state.q).toHaveLength(100)
  })

  it("reads the page, beyond the API's 100-per-request limit, within its offset limit", () => {
    expect(parseSearchParams({ page: "7" }, allowed).state.page).toBe(7)
    expect(parseSearchParams({ page: "0" }, allowed).state.page).toBe(1)
    expect(parseSearchParams({ page: "x" }, allowed).state.page).toBe(1)
    expect(parseSearchParams({ page: "99999999" }, allowed).state.page).toBe(MAX_PAGE)
  })
})

describe("URL toggling", () => {
  const base = parseSearchParams({ q: "ผ้า", dye: "NATURAL", stars: "4", page: "3" }, allowed).state

  it("adds a value, removes it when clicked again, and goes back to page 1", () => {
    const added = toggleValue(base, "dye", "INDIGO")
    expect(added.lists.dye).toEqual(["INDIGO", "NATURAL"])
    expect(added.page).toBe(1)
    expect(searchHref(added)).toBe("/search?q=%E0%B8%9C%E0%B9%89%E0%B8%B2&dye=INDIGO&dye=NATURAL&stars=4")
    expect(toggleValue(added, "dye", "INDIGO").lists.dye).toEqual(["NATURAL"])
  })

  it("stars are one choice: another replaces it, the same one removes it", () => {
    expect(toggleStars(base, 5).stars).toBe(5)
    expect(toggleStars(base, 4).stars).toBeNull()
    expect(toggleFlag(base, "gi").gi).toBe(true)
    expect(toggleFlag(toggleFlag(base, "gi"), "gi").gi).toBe(false)
  })

  it("writes one canonical URL whatever order the filters were chosen in", () => {
    const a = toggleValue(toggleValue(EMPTY_STATE, "cert", "tcps"), "cert", "gi")
    const b = toggleValue(toggleValue(EMPTY_STATE, "cert", "gi"), "cert", "tcps")
    expect(searchHref(a)).toBe(searchHref(b))
    expect(searchHref(EMPTY_STATE)).toBe("/search")
    expect(searchHref(withPage(a, 2))).toBe("/search?cert=gi&cert=tcps&page=2")
  })

  it("removes one chip, or every filter but the search words and the order", () => {
    const state = { ...toggleFlag(base, "inStock"), sort: "price_asc" as const, priceMin: "100", priceMax: null }
    const filters = activeFilters(state)
    expect(filters).toEqual([
      { kind: "q", value: "ผ้า" },
      { kind: "stars", value: 4 },
      { kind: "list", param: "dye", value: "NATURAL" },
      { kind: "price", min: "100", max: null },
      { kind: "inStock" },
    ])
    expect(withoutFilter(state, filters[2]).lists.dye).toEqual([])
    expect(withoutFilter(state, filters[3]).priceMin).toBeNull()
    const cleared = withoutFilters(state)
    expect(searchHref(cleared)).toBe("/search?q=%E0%B8%9C%E0%B9%89%E0%B8%B2&sort=price_asc")
    for (const param of LIST_PARAMS) expect(cleared.lists[param]).toEqual([])
  })

  it("gives a record with repeated names as arrays", () => {
    expect(toQueryRecord(toggleValue(base, "dye", "INDIGO"))).toEqual({ q: "ผ้า", dye: ["INDIGO", "NATURAL"], stars: "4" })
  })
})

describe("toCatalogQuery", () => {
  it("maps stars to min_stars, the page to an offset, and lists to comma-separated values", () => {
    const { state } = parseSearchParams(
      { stars: "5", gi: "true", dye: "NATURAL", cert: "tcps,fda_food", in_stock: "true", price_max: "500", sort: "newest", page: "6" },
      allowed,
    )
    expect(toCatalogQuery(state)).toEqual({
      sort: "newest",
      limit: 24,
      offset: 120,
      min_stars: 5,
      gi: "true",
      dye: "NATURAL",
      cert: "fda_food,tcps",
      in_stock: "true",
      price_max: "500",
    })
  })

  it("counts pages, at least one", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
    expect(pageCount(130)).toBe(6)
  })
})
