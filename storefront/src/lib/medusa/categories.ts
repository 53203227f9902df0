import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { storeFetch, TAGS } from "./client"
import { reshapeCategory } from "./reshape"
import type { Category, MedusaCategory } from "./types"

/** The OTOP product categories in the order the shop shows them. */
export const CATEGORY_ORDER = ["food", "beverage", "textile-apparel", "houseware-decor-souvenir", "herbal-nonfood"]

const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id"

function orderOf(handle: string): number {
  const index = CATEGORY_ORDER.indexOf(handle)
  return index === -1 ? CATEGORY_ORDER.length : index
}

/** Top-level categories, names in the reader's language. */
export const listCategories = cache(async (locale: AppLocale): Promise<Category[]> => {
  const { product_categories } = await storeFetch<{ product_categories: MedusaCategory[] }>(
    "/store/product-categories",
    { locale, query: { fields: CATEGORY_FIELDS, limit: 100 }, tags: [TAGS.categories] },
  )
  return product_categories
    .filter((category) => !category.parent_category_id)
    .sort((a, b) => orderOf(a.handle) - orderOf(b.handle) || (a.rank ?? 0) - (b.rank ?? 0))
    .map(reshapeCategory)
})

export const getCategoryByHandle = cache(async (locale: AppLocale, handle: string): Promise<Category | null> => {
  const { product_categories } = await storeFetch<{ product_categories: MedusaCategory[] }>(
    "/store/product-categories",
    { locale, query: { handle, fields: CATEGORY_FIELDS, limit: 1 }, tags: [TAGS.categories] },
  )
  return product_categories[0] ? reshapeCategory(product_categories[0]) : null
})
