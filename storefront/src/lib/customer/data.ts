import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { ProducerApiError } from "@/lib/producer/api"
import { customerFetch } from "./api"
import { ORDERS_PAGE_SIZE } from "./orders"
import type { CustomerAddress, MyReview, OrderDetail, OrderSummary, ShipmentPart } from "./types"

/** The customer's orders, newest first, one page. */
export async function listOrders(token: string, page: number) {
  const { orders, count } = await customerFetch<{ orders: OrderSummary[]; count: number }>("/store/orders", {
    token,
    query: {
      limit: ORDERS_PAGE_SIZE,
      offset: (page - 1) * ORDERS_PAGE_SIZE,
      order: "-created_at",
      fields: "id,display_id,created_at,total,currency_code,status,fulfillment_status,payment_status,*items",
    },
  })
  return { orders, count, pages: Math.max(1, Math.ceil(count / ORDERS_PAGE_SIZE)) }
}

// Every field with "+" (or "*"): a bare name would replace Medusa's default fields instead of adding to them.
const ORDER_FIELDS = ["+customer_id", "+fulfillment_status", "+payment_status", "*fulfillments", "+items.detail.delivered_quantity", "+items.product_handle"].join(",")

/**
 * One of the customer's orders with its parts per producer group, or null when it is not theirs
 * (Medusa serves any order by id; the account shows only the signed-in customer's).
 */
export async function getOrder(token: string, customerId: string, orderId: string, locale: AppLocale) {
  let order: OrderDetail
  try {
    order = (await customerFetch<{ order: OrderDetail }>(`/store/orders/${encodeURIComponent(orderId)}`, { token, locale, query: { fields: ORDER_FIELDS } })).order
  } catch (error) {
    if (error instanceof ProducerApiError && [400, 404].includes(error.status)) return null
    throw error
  }
  if (order.customer_id !== customerId) return null
  const [{ parts }, reviews, titles] = await Promise.all([
    customerFetch<{ parts: ShipmentPart[] }>(`/store/orders/${encodeURIComponent(order.id)}/shipments`, { token, locale }),
    // By product, not by order: one review per customer and product, whichever order brought it.
    listMyReviews(token),
    productTitles(order.items.map((item) => item.product_id).filter((id): id is string => !!id), locale),
  ])
  // An order keeps the Thai titles it was placed with; English pages show the products' English titles.
  const items = order.items.map((item) => ({ ...item, product_title: (item.product_id && titles.get(item.product_id)) || item.product_title }))
  return { order: { ...order, items }, parts, reviews }
}

/** Current titles in the reader's language (Translation Module), for English pages; empty for Thai or on failure. */
async function productTitles(productIds: string[], locale: AppLocale): Promise<Map<string, string>> {
  if (locale === "th" || !productIds.length) return new Map()
  const query = new URLSearchParams({ fields: "id,title", limit: String(productIds.length) })
  for (const id of new Set(productIds)) query.append("id[]", id)
  try {
    const { products } = await customerFetch<{ products: { id: string; title: string }[] }>(`/store/products?${query}`, { locale })
    return new Map(products.map((product) => [product.id, product.title]))
  } catch (error) {
    console.error("[storefront] order product titles:", error instanceof Error ? error.message : error)
    return new Map()
  }
}

/** The customer's own reviews (any moderation state). */
export async function listMyReviews(token: string, query: { order_id?: string } = {}) {
  const { reviews } = await customerFetch<{ reviews: MyReview[] }>("/store/customers/me/reviews", { token, query })
  return reviews
}

export async function listAddresses(token: string) {
  const { addresses } = await customerFetch<{ addresses: CustomerAddress[] }>("/store/customers/me/addresses", {
    token,
    query: { limit: 50, order: "created_at" },
  })
  return addresses
}

export async function getAddress(token: string, addressId: string): Promise<CustomerAddress | null> {
  try {
    const { address } = await customerFetch<{ address: CustomerAddress }>(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { token })
    return address
  } catch (error) {
    if (error instanceof ProducerApiError && [400, 404].includes(error.status)) return null
    throw error
  }
}
