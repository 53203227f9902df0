// Raw shapes of the store API's cart routes (only what we read) and the storefront's own view.

export type RawAmount = number | string

export type MedusaAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

export type MedusaCartLine = {
  id: string
  quantity: number
  variant_id?: string | null
  unit_price?: RawAmount | null
  total?: RawAmount | null
  subtotal?: RawAmount | null
}

export type MedusaShippingMethod = {
  id: string
  shipping_option_id?: string | null
  amount?: RawAmount | null
  total?: RawAmount | null
  name?: string | null
  data?: Record<string, unknown> | null
}

export type MedusaCart = {
  id: string
  email?: string | null
  region_id?: string | null
  completed_at?: string | null
  items?: MedusaCartLine[] | null
  shipping_methods?: MedusaShippingMethod[] | null
  shipping_address?: MedusaAddress | null
  item_total?: RawAmount | null
  shipping_total?: RawAmount | null
  tax_total?: RawAmount | null
  total?: RawAmount | null
  payment_collection?: {
    id: string
    payment_sessions?: { id: string; provider_id: string; status?: string; data?: Record<string, unknown> | null }[] | null
  } | null
}

export type LineProblem = "unavailable" | "group_closed" | "out_of_stock" | "insufficient_stock"

/** GET /store/carts/:id/groups */
export type CartGroupsResponse = {
  cart_id: string
  can_check_out: boolean
  groups: {
    producer_group: {
      id: string
      handle: string
      name_th: string
      name_en: string | null
      approved: boolean
      closed: boolean
      closed_until: string | null
      closure_note_th: string | null
      closure_note_en: string | null
    } | null
    shipping_profile_id: string | null
    items: {
      id: string
      variant_id: string | null
      product_id: string | null
      product_handle: string | null
      title_th: string
      title_en: string | null
      variant_title_th: string | null
      variant_title_en: string | null
      thumbnail: string | null
      quantity: number
      unit_price: RawAmount
      available_quantity: number | null
      problem: LineProblem | null
    }[]
  }[]
}

export type MedusaShippingOption = {
  id: string
  name: string
  shipping_profile_id: string
  amount?: RawAmount | null
  calculated_price?: { calculated_amount?: RawAmount | null } | null
  type?: { code?: string | null; label?: string | null; description?: string | null } | null
}

// ---- Storefront view ------------------------------------------------------------------

export type ShippingChoice = {
  id: string
  /** Thailand Post service code (thp-registered, thp-ems), labelled from our messages. */
  code: string | null
  /** The backend's own name, for a service we have no label for. */
  name: string
  amount: string
}

export type CartLineView = {
  id: string
  variantId: string | null
  productHandle: string | null
  title: string
  /** Null for a product's only, default variant. */
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: string
  lineTotal: string
  /** Units that can still be bought; null when stock is not tracked. */
  available: number | null
  problem: LineProblem | null
}

export type CartGroupView = {
  /** Producer group id, or null for lines of no group (should not happen). */
  id: string | null
  handle: string | null
  name: string
  closedUntil: string | null
  closureNote: string | null
  items: CartLineView[]
  itemTotal: string
  shippingOptions: ShippingChoice[]
  selectedShippingOptionId: string | null
  /** The chosen shipping's price, else the cheapest option's ("from"). */
  shippingAmount: string | null
  shippingChosen: boolean
}

export type CartView = {
  id: string
  email: string | null
  itemCount: number
  groups: CartGroupView[]
  itemTotal: string
  shippingTotal: string
  taxTotal: string
  total: string
  /** No line has a problem. */
  canCheckOut: boolean
  /** Every group has a shipping method. */
  shippingReady: boolean
  shippingAddress: MedusaAddress | null
}
