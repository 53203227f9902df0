import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { storeFetch, TAGS } from "./client"
import { getRegion } from "./regions"
import { reshapeProduct } from "./reshape"
import type { MedusaProduct, Product } from "./types"

// Translations attach only to objects whose id is returned, hence the explicit ids.
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

/** The product with this handle, or null. Memoised per request (page + generateMetadata). */
export const getProductByHandle = cache(async (locale: AppLocale, handle: string): Promise<Product | null> => {
  const region = await getRegion(locale)
  const { products } = await storeFetch<{ products: MedusaProduct[] }>("/store/products", {
    locale,
    query: { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 },
    // The backend revalidates `product:<handle>` when this product's price, stock or content changes.
    tags: [TAGS.products, `product:${handle}`],
  })
  return products[0] ? reshapeProduct(products[0]) : null
})
