import { GROUPS_PER_PAGE, pageCountOf, pageOffset, parseProducersQuery, producersFilterParams } from "./list-params"

describe("parseProducersQuery", () => {
  it("reads the page, a known province and a known region", () => {
    expect(parseProducersQuery({ page: "3", province: "50", region: "north" })).toEqual({ page: 3, province: "50", region: "north", rejected: [] })
  })

  it("starts at page 1 with no filters", () => {
    expect(parseProducersQuery({})).toEqual({ page: 1, province: null, region: null, rejected: [] })
  })

  it("drops an unknown province or region and says which", () => {
    expect(parseProducersQuery({ province: "chiangmai", region: "mars" })).toEqual({ page: 1, province: null, region: null, rejected: ["province", "region"] })
  })

  it("treats a bad, negative or huge page sensibly and takes the first of repeated values", () => {
    expect(parseProducersQuery({ page: "abc" }).page).toBe(1)
    expect(parseProducersQuery({ page: "-2" }).page).toBe(1)
    expect(parseProducersQuery({ page: "99999999" }).page).toBe(10_000)
    expect(parseProducersQuery({ page: ["2", "5"], province: ["10", "50"] })).toMatchObject({ page: 2, province: "10" })
  })

  it("ignores empty values from a submitted form's 'all' choice", () => {
    expect(parseProducersQuery({ province: "", region: "" })).toEqual({ page: 1, province: null, region: null, rejected: [] })
  })
})

describe("paging helpers", () => {
  it("turns pages into offsets and counts into pages", () => {
    expect(pageOffset(1)).toBe(0)
    expect(pageOffset(3)).toBe(2 * GROUPS_PER_PAGE)
    expect(pageCountOf(0)).toBe(1)
    expect(pageCountOf(GROUPS_PER_PAGE)).toBe(1)
    expect(pageCountOf(GROUPS_PER_PAGE + 1)).toBe(2)
  })

  it("keeps only the filters that are set for links", () => {
    expect(producersFilterParams({ province: "50", region: null })).toEqual({ province: "50" })
    expect(producersFilterParams({ province: null, region: "south" })).toEqual({ region: "south" })
    expect(producersFilterParams({ province: null, region: null })).toEqual({})
  })
})
