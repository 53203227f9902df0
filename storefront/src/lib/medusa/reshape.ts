import { compareAmounts, roundToSatang } from "@/lib/money"
import type {
  Category,
  MedusaCategory,
  MedusaProduct,
  MedusaRegion,
  MedusaVariant,
  Money,
  Product,
  ProductVariant,
  Region,
  StockStatus,
} from "./types"

/** At or below this many units a variant shows "only N left". */
export const LOW_STOCK_THRESHOLD = 5

export function reshapeRegion(region: MedusaRegion): Region {
  return { id: region.id, name: region.name, currencyCode: region.currency_code }
}

export function reshapeCategory(category: MedusaCategory): Category {
  return {
    id: category.id,
    handle: category.handle,
    name: category.name,
    description: category.description || null,
  }
}

function toMoney(amount: number | string | null | undefined, currencyCode: string | null | undefined): Money | null {
  if (amount === null || amount === undefined || amount === "") return null
  return { amount: roundToSatang(amount), currencyCode: (currencyCode || "thb").toLowerCase() }
}

function stockStatusOf(variant: MedusaVariant): StockStatus {
  // Untracked stock or backorders allowed: always buyable.
  if (variant.manage_inventory === false || variant.allow_backorder) return "in_stock"
  const quantity = variant.inventory_quantity
  if (typeof quantity !== "number") return "in_stock" // quantity not returned: don't claim it is sold out
  if (quantity <= 0) return "out_of_stock"
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

function reshapeVariant(variant: MedusaVariant, optionTitles: Map<string, string>): ProductVariant {
  const calculated = variant.calculated_price
  // Prefer the raw amounts: exact decimal strings, where the plain amounts are JSON numbers.
  const price = toMoney(calculated?.raw_calculated_amount?.value ?? calculated?.calculated_amount, calculated?.currency_code)
  const original = toMoney(calculated?.raw_original_amount?.value ?? calculated?.original_amount, calculated?.currency_code)
  const tracked = variant.manage_inventory !== false && typeof variant.inventory_quantity === "number"
  return {
    id: variant.id,
    title: variant.title || "",
    sku: variant.sku || null,
    price,
    originalPrice: price && original && compareAmounts(original.amount, price.amount) > 0 ? original : null,
    stockStatus: stockStatusOf(variant),
    inventoryQuantity: tracked ? (variant.inventory_quantity as number) : null,
    options: (variant.options ?? []).map((value) => ({
      name: value.option?.title ?? (value.option_id ? optionTitles.get(value.option_id) : undefined) ?? "",
      value: value.value,
    })),
  }
}

function metadataString(metadata: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim() ? value.trim() : null
}

function metadataPositiveInteger(metadata: Record<string, unknown> | null | undefined, key: string): number | null {
  const value = Number(metadata?.[key])
  return Number.isInteger(value) && value > 0 ? value : null
}

const STOCK_RANK: Record<StockStatus, number> = { out_of_stock: 0, low_stock: 1, in_stock: 2 }

export function reshapeProduct(product: MedusaProduct): Product {
  const optionTitles = new Map((product.options ?? []).map((option) => [option.id, option.title]))
  const variants = (product.variants ?? []).map((variant) => reshapeVariant(variant, optionTitles))

  const prices = variants.flatMap((variant) => (variant.price ? [variant.price] : []))
  const sorted = [...prices].sort((a, b) => compareAmounts(a.amount, b.amount))
  const priceRange = sorted.length ? { min: sorted[0], max: sorted[sorted.length - 1] } : null

  // The product is as available as its best variant.
  const stockStatus = variants.reduce<StockStatus>(
    (best, variant) => (STOCK_RANK[variant.stockStatus] > STOCK_RANK[best] ? variant.stockStatus : best),
    "out_of_stock",
  )

  const images = (product.images ?? []).map((image) => ({ url: image.url }))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle || null,
    description: product.description || null,
    material: product.material || null,
    thumbnail: product.thumbnail || images[0]?.url || null,
    images,
    provinceCode: metadataString(product.metadata, "province_code"),
    producerGroup: metadataString(product.metadata, "producer_group"),
    madeToOrderDays: metadataPositiveInteger(product.metadata, "made_to_order_days"),
    categories: (product.categories ?? []).map(reshapeCategory),
    variants,
    priceRange,
    stockStatus: variants.length ? stockStatus : "out_of_stock",
  }
}
