/** Shapes of the store API answers the account pages read (only the fields they use). */

export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export type CustomerAddress = {
  id: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  is_default_shipping?: boolean
  metadata?: Record<string, unknown> | null
}

export type OrderSummary = {
  id: string
  display_id: number
  created_at: string
  total: number | string
  currency_code: string
  status: string
  fulfillment_status?: string
  payment_status?: string
  items?: { id: string; quantity: number | string }[]
}

export type OrderItem = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  product_id: string | null
  product_handle?: string | null
  thumbnail: string | null
  quantity: number | string
  unit_price: number | string
  total: number | string
}

export type OrderFulfillment = {
  id: string
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
}

export type OrderDetail = Omit<OrderSummary, "items"> & {
  customer_id: string | null
  email: string | null
  subtotal: number | string
  item_total: number | string
  shipping_total: number | string
  tax_total: number | string
  discount_total: number | string
  items: OrderItem[]
  shipping_address: CustomerAddress | null
  fulfillments?: OrderFulfillment[]
}

/** GET /store/orders/:id/shipments: a part per producer group. */
export type ShipmentPart = {
  producer_group: { id: string; handle: string; name_th: string; name_en: string | null }
  items: { id: string; title: string; product_id: string; quantity: number }[]
  shipments: { id: string; shipped_at: string | null; carrier: string | null; tracking_numbers: string[] }[]
  cancellations: { reason: string; items: unknown; created_at: string }[]
}

export type ReviewStatus = "pending" | "published" | "rejected"

/** The customer's own review of a product (GET /store/customers/me/reviews). */
export type MyReview = {
  id: string
  product_id: string
  order_id: string
  rating: number
  title: string | null
  body: string
  status: ReviewStatus
  moderation_reason: string | null
  updated_at: string
}
