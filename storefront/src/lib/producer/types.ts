/** Shapes of the backend's /producer routes (only the fields the portal reads). */

export type ProducerGroupStatus = "pending" | "approved" | "rejected" | "suspended"

export type ProducerGroup = {
  id: string
  handle: string
  name_th: string | null
  name_en: string | null
  status: ProducerGroupStatus | string
  province_code: string | null
  role: string
}

export type ProducerMe = {
  producer: { id: string; email: string; first_name: string | null; last_name: string | null }
  groups: ProducerGroup[]
  acting_group_id: string | null
}

export type ProducerRegistration = {
  id: string
  name_th: string | null
  name_en: string | null
  status: ProducerGroupStatus | string
  status_reason: string | null
  submitted_at: string | null
  approved_at: string | null
  group_id?: string | null
  handle?: string | null
}

export type ProducerVariant = {
  id: string
  title: string | null
  sku: string | null
  prices: { amount: number | string; currency_code: string }[]
  inventory_quantity: number | null
}

export type ProducerProduct = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  categories: { handle: string }[]
  variants: ProducerVariant[]
}

export type ProducerOrderItem = {
  id: string
  title: string
  thumbnail: string | null
  quantity: number | string
  unit_price: number | string
  detail?: { fulfilled_quantity?: number | string | null } | null
}

export type ProducerFulfillment = {
  id: string
  shipped_at: string | null
  metadata?: { carrier?: string | null } | null
  labels?: { tracking_number: string | null }[] | null
}

export type ProducerOrder = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    address_2?: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    phone: string | null
  } | null
  items: ProducerOrderItem[]
  fulfillments: ProducerFulfillment[]
  group_status: "to_ship" | "shipped"
}

export const PRODUCT_CATEGORIES = [
  "food",
  "beverage",
  "textile-apparel",
  "houseware-decor-souvenir",
  "herbal-nonfood",
] as const
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]

export const CARRIERS = ["thailand-post", "kerry", "flash", "jt", "other"] as const
export type Carrier = (typeof CARRIERS)[number]

/** Stock at or below this counts as "low". */
export const LOW_STOCK_THRESHOLD = 3
