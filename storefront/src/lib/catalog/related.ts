import type { CatalogProduct } from "./types"

/**
 * "More from this group" and "more from this province" for a product page: never the product
 * itself, and a product shown in the group row is not repeated in the province row.
 */
export function relatedProducts(
  handle: string,
  groupHandle: string | null,
  sameGroup: CatalogProduct[],
  sameProvince: CatalogProduct[],
  max: number,
): { sameGroup: CatalogProduct[]; sameProvince: CatalogProduct[] } {
  const group = sameGroup.filter((product) => product.handle !== handle).slice(0, max)
  const shown = new Set([handle, ...group.map((product) => product.handle)])
  const province = sameProvince
    .filter((product) => !shown.has(product.handle) && (groupHandle === null || product.group.handle !== groupHandle))
    .slice(0, max)
  return { sameGroup: group, sameProvince: province }
}
