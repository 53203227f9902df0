import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { storeFetch, TAGS } from "./client"
import { getRegion } from "./regions"
import { reshapeProduct } from "./reshape"
import type { MedusaProduct, Product, ProductPage } from "./types"

// Cards need little; `variants.calculated_price` needs region_id in the query.
// Translations attach only to objects whose id is returned, hence the explicit ids.
const CARD_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "metadata",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")

const DETAIL_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "material",
  "thumbnail",
  "metadata",
  "*images",
  "*categories",
  "*options",
  "*variants",
  "*variants.options",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")

export const DEFAULT_PAGE_SIZE = 24

type ListProductsOptions = {
  locale: AppLocale
  limit?: number
  offset?: number
  categoryId?: string
}

/** One page of the catalog, with prices for the store's region. */
export async function listProducts({
  locale,
  limit = DEFAULT_PAGE_SIZE,
  offset = 0,
  categoryId,
}: ListProductsOptions): Promise<ProductPage> {
  const region = await getRegion(locale)
  const response = await storeFetch<{ products: MedusaProduct[]; count: number; limit: number; offset: number }>(
    "/store/products",
    {
      locale,
      query: {
        region_id: region.id,
        fields: CARD_FIELDS,
        limit,
        offset,
        // Alphabetical by the (Thai) base title: stable across languages, and mixes categories and provinces.
        order: "title",
        ...(categoryId ? { category_id: [categoryId] } : {}),
      },
      tags: [TAGS.products],
    },
  )
  return {
    products: response.products.map(reshapeProduct),
    count: response.count,
    limit: response.limit ?? limit,
    offset: response.offset ?? offset,
  }
}

/** The product with this handle, or null. Memoised per request (page + generateMetadata). */
export const getProductByHandle = cache(async (locale: AppLocale, handle: string): Promise<Product | null> => {
  const region = await getRegion(locale)
  const { products } = await storeFetch<{ products: MedusaProduct[] }>("/store/products", {
    locale,
    query: { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 },
    tags: [TAGS.products],
  })
  return products[0] ? reshapeProduct(products[0]) : null
})
