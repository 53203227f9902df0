/** Shapes of GET /producer/products/:id and of orders with cancellations (only what the portal reads). */
import type { ProducerOrder, ProducerVariant } from "./types"

/** English content keyed by the id it translates: { [reference_id]: { field: English text } }. */
export type EnglishContent = Record<string, Record<string, string | null | undefined>>

export type EditableProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  material?: string | null
  status: string
  thumbnail: string | null
  weight: number | string | null
  updated_at?: string | null
  metadata: Record<string, unknown> | null
  images: { id: string; url: string; rank?: number | null }[] | null
  categories: { handle: string }[] | null
  options: { id: string; title: string; values: { id: string; value: string }[] | null }[] | null
  variants: ProducerVariant[] | null
  english?: EnglishContent
}

export type CancelledItem = {
  line_item_id: string
  quantity: number | string
  title: string | null
  product_id: string | null
  unit_price: number | string | null
  thumbnail: string | null
}

export type OrderCancellation = {
  id: string
  reason: string
  items: CancelledItem[] | null
  created_at: string
}

/** An order as GET /producer/orders sends it since cancellations exist. */
export type OrderWithCancellations = Omit<ProducerOrder, "group_status"> & {
  group_status: ProducerOrder["group_status"] | "canceled"
  cancellations?: OrderCancellation[] | null
}
