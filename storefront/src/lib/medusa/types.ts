/**
 * Two layers of types, as in Next.js Commerce: the raw shapes the Medusa Store API returns
 * (only the fields we ask for), and the storefront's own shapes the components use.
 * Components never see Medusa types, so a later backend change stays inside src/lib/medusa.
 */

// ---- Raw Medusa Store API shapes -------------------------------------------------------

export type MedusaRegion = {
  id: string
  name: string
  currency_code: string
}

/** Medusa's BigNumber as JSON: the exact decimal string is in `value`. */
export type MedusaRawAmount = { value: string | number; precision?: number }

export type MedusaCalculatedPrice = {
  calculated_amount: number | string | null
  original_amount?: number | string | null
  raw_calculated_amount?: MedusaRawAmount | null
  raw_original_amount?: MedusaRawAmount | null
  currency_code: string | null
}

export type MedusaVariant = {
  id: string
  title: string | null
  sku?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  calculated_price?: MedusaCalculatedPrice | null
  options?: { id: string; value: string; option_id?: string | null; option?: { id: string; title: string } | null }[] | null
}

export type MedusaCategory = {
  id: string
  name: string
  handle: string
  description?: string | null
  rank?: number | null
  parent_category_id?: string | null
}

export type MedusaProduct = {
  id: string
  title: string
  handle: string
  subtitle?: string | null
  description?: string | null
  material?: string | null
  thumbnail?: string | null
  images?: { id: string; url: string }[] | null
  metadata?: Record<string, unknown> | null
  categories?: MedusaCategory[] | null
  options?: { id: string; title: string }[] | null
  variants?: MedusaVariant[] | null
  created_at?: string
}

// ---- Storefront shapes ------------------------------------------------------------------

/** An amount in THB as an exact decimal string ("1290.50"); never a float. */
export type Money = {
  amount: string
  currencyCode: string
}

export type Region = {
  id: string
  name: string
  currencyCode: string
}

export type Category = {
  id: string
  handle: string
  name: string
  description: string | null
}

export type StockStatus = "in_stock" | "low_stock" | "out_of_stock"

export type ProductVariant = {
  id: string
  title: string
  sku: string | null
  price: Money | null
  /** Price before a sale or price list, when it differs from `price`. */
  originalPrice: Money | null
  stockStatus: StockStatus
  /** Units on hand when the variant's stock is tracked, otherwise null. */
  inventoryQuantity: number | null
  options: { name: string; value: string }[]
}

export type ProductImage = {
  url: string
}

export type Product = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  material: string | null
  thumbnail: string | null
  images: ProductImage[]
  /** 2-digit DOPA province code of the producer. */
  provinceCode: string | null
  /** Handle of the OTOP producer group. */
  producerGroup: string | null
  /** Days to make the item after ordering, for made-to-order products. */
  madeToOrderDays: number | null
  categories: Category[]
  variants: ProductVariant[]
  priceRange: { min: Money; max: Money } | null
  stockStatus: StockStatus
}

export type ProductPage = {
  products: Product[]
  count: number
  limit: number
  offset: number
}
