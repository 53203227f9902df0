import { relatedProducts } from "./related"
import type { CatalogProduct } from "./types"

const product = (handle: string, group: string) => ({ handle, group: { handle: group, name: group, provinceCode: "32" } }) as CatalogProduct

describe("relatedProducts", () => {
  it("leaves out the product itself, and the group's products from the province row", () => {
    const group = [product("silk", "weavers"), product("scarf", "weavers"), product("bag", "weavers")]
    const province = [product("silk", "weavers"), product("rice", "farmers"), product("scarf", "weavers"), product("honey", "bees"), product("tea", "farmers")]
    const related = relatedProducts("silk", "weavers", group, province, 2)
    expect(related.sameGroup.map((p) => p.handle)).toEqual(["scarf", "bag"])
    expect(related.sameProvince.map((p) => p.handle)).toEqual(["rice", "honey"])
  })

  it("copes with a product without a group", () => {
    const related = relatedProducts("silk", null, [], [product("silk", "x"), product("rice", "y")], 4)
    expect(related).toEqual({ sameGroup: [], sameProvince: [product("rice", "y")] })
  })
})
