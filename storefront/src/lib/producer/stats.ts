import { toSatang } from "@/lib/money"
import { LOW_STOCK_THRESHOLD, type ProducerOrder, type ProducerProduct } from "./types"

const monthKeyFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Bangkok",
  year: "numeric",
  month: "2-digit",
})

/** "2026-11" for a date, in Thailand's time zone (the shop's month, not the server's). */
export function bangkokMonthKey(date: Date): string {
  return monthKeyFormatter.format(date).slice(0, 7)
}

/**
 * This month's sales in integer satang: Σ unit_price × quantity over the lines of the orders
 * placed this (Bangkok) month. Amounts are decimal baht; no float arithmetic.
 */
export function monthSalesSatang(orders: Pick<ProducerOrder, "created_at" | "items">[], now: Date = new Date()): bigint {
  const month = bangkokMonthKey(now)
  let total = 0n
  for (const order of orders) {
    const created = new Date(order.created_at)
    if (Number.isNaN(created.getTime()) || bangkokMonthKey(created) !== month) continue
    for (const item of order.items) {
      total += toSatang(item.unit_price) * BigInt(Math.trunc(Number(item.quantity) || 0))
    }
  }
  return total
}

/**
 * Variants whose stock is at or below the low-stock threshold; null when the backend sent no
 * stock figure at all (so the dashboard shows "–" rather than a reassuring 0).
 */
export function lowStockCount(products: Pick<ProducerProduct, "variants">[]): number | null {
  const tracked = products.some((product) => product.variants.some((variant) => typeof variant.inventory_quantity === "number"))
  if (!tracked && products.length > 0) return null
  return products.reduce(
    (count, product) =>
      count +
      product.variants.filter(
        (variant) => typeof variant.inventory_quantity === "number" && variant.inventory_quantity <= LOW_STOCK_THRESHOLD,
      ).length,
    0,
  )
}

/** Orders to ship first, each group newest first. */
export function sortOrdersForShipping<T extends Pick<ProducerOrder, "group_status" | "created_at">>(orders: T[]): T[] {
  return [...orders].sort((a, b) => {
    if (a.group_status !== b.group_status) return a.group_status === "to_ship" ? -1 : 1
    return b.created_at.localeCompare(a.created_at)
  })
}

/** The producer's own publish choice (the backend keeps products draft until the group is approved). */
export function producerStatus(product: Pick<ProducerProduct, "status" | "metadata">): "published" | "draft" {
  const chosen = product.metadata?.producer_status
  if (chosen === "published" || chosen === "draft") return chosen
  return product.status === "published" ? "published" : "draft"
}

/** Total stock of a product, or null when no variant tracks inventory. */
export function totalStock(product: Pick<ProducerProduct, "variants">): number | null {
  const tracked = product.variants.filter((variant) => typeof variant.inventory_quantity === "number")
  return tracked.length ? tracked.reduce((sum, variant) => sum + (variant.inventory_quantity ?? 0), 0) : null
}

/** The lowest THB price among the variants, as given by the backend. */
export function lowestPrice(product: Pick<ProducerProduct, "variants">): number | string | null {
  let lowest: number | string | null = null
  for (const variant of product.variants) {
    for (const price of variant.prices ?? []) {
      if (price.currency_code?.toLowerCase() !== "thb") continue
      if (lowest === null || toSatang(price.amount) < toSatang(lowest)) lowest = price.amount
    }
  }
  return lowest
}
