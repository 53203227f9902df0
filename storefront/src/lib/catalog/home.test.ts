import { featuredGroups, HOME_SECTIONS } from "./home"
import { searchHref, toCatalogQuery } from "./params"
import type { ProducerGroup } from "./producer-group"
import type { CatalogProduct } from "./types"

const group = (handle: string) => ({ handle, name: handle }) as ProducerGroup
const product = (groupHandle: string) => ({ group: { handle: groupHandle, name: groupHandle, provinceCode: "32" } }) as CatalogProduct

describe("home page", () => {
  it("features the groups of the 5-star products first, then the others in their order", () => {
    const groups = ["a", "b", "c", "d", "e"].map(group)
    expect(featuredGroups(groups, [product("d"), product("b"), product("d")], 4).map((g) => g.handle)).toEqual(["d", "b", "a", "c"])
    expect(featuredGroups(groups, [], 2).map((g) => g.handle)).toEqual(["a", "b"])
  })

  it("its sections are catalog searches whose 'see all' opens the same search", () => {
    expect(toCatalogQuery(HOME_SECTIONS.fiveStar, 8)).toMatchObject({ min_stars: 5, limit: 8, offset: 0 })
    expect(toCatalogQuery(HOME_SECTIONS.gi, 8)).toMatchObject({ gi: "true" })
    expect(searchHref(HOME_SECTIONS.fiveStar)).toBe("/search?stars=5")
    expect(searchHref(HOME_SECTIONS.gi)).toBe("/search?gi=true")
    expect(searchHref(HOME_SECTIONS.newest)).toBe("/search?sort=newest")
  })
})
