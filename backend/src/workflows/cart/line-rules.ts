import { bangkokDay } from "../producer/closure/dates"

/**
 * The one place that decides what stands in the way of buying a cart line. The cart's groups
 * route shows it per line; the payment check refuses a cart that has any. Pure (no Medusa), so it
 * can be unit-tested; the facts are read by cart-line-facts.ts.
 */

/** Facts about one cart line. */
export type CartLineFacts = {
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
  unit_price: unknown
  created_at?: unknown
  shipping_profile_id: string | null
  /** Units that can still be sold; null when stock is not tracked (made to order, backorder). */
  available_quantity: number | null
  /** The product is published and the variant still exists. */
  product_sellable: boolean
  group: {
    id: string
    handle: string
    name_th: string
    name_en: string | null
    /** Approved by CDD (a suspended or withdrawn group sells nothing). */
    approved: boolean
    /** In a temporary closure now. */
    closed: boolean
    closed_until: string | null
    closure_note_th: string | null
    closure_note_en: string | null
  } | null
}

/**
 * What stands in the way of buying a line, most serious first:
 * unavailable (product or group withdrawn), group_closed, out_of_stock, insufficient_stock.
 */
export type LineProblem = "unavailable" | "group_closed" | "out_of_stock" | "insufficient_stock"

/**
 * The problem of one line. `wanted` is how many units of its variant the whole cart asks for
 * (several lines of one variant draw on the same stock); the line's own quantity by default.
 */
export function lineProblem(line: CartLineFacts, wanted = line.quantity): LineProblem | null {
  if (!line.product_sellable || !line.group || !line.group.approved) return "unavailable"
  if (line.group.closed) return "group_closed"
  if (line.available_quantity !== null) {
    if (line.available_quantity <= 0) return "out_of_stock"
    if (line.available_quantity < wanted) return "insufficient_stock"
  }
  return null
}

/** Each line's problem (by line id), counting every line of a variant against its stock. */
export function lineProblems(lines: CartLineFacts[]): Map<string, LineProblem | null> {
  const wanted = new Map<string, number>()
  for (const line of lines) if (line.variant_id) wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + line.quantity)
  return new Map(lines.map((line) => [line.id, lineProblem(line, line.variant_id ? wanted.get(line.variant_id) : line.quantity)]))
}

export type BlockedLine = { line_item_id: string; variant_id: string; title: string; requested: number; available: number }

/** Why a cart with these lines cannot be ordered (a closed group first, then what cannot be had), or null. */
export type LinesProblem =
  | { code: "group_closed"; message: string }
  | { code: "out_of_stock"; message: string; items: BlockedLine[] }

export function linesProblem(lines: CartLineFacts[]): LinesProblem | null {
  const problems = lineProblems(lines)
  const closed = lines.find((line) => problems.get(line.id) === "group_closed")
  if (closed?.group) return { code: "group_closed", message: groupClosedMessage(closed.group) }
  const blocked = lines
    .filter((line) => problems.get(line.id))
    .map((line) => ({
      line_item_id: line.id,
      variant_id: line.variant_id ?? "",
      title: [line.title_th, line.variant_title_th].filter(Boolean).join(" · "),
      requested: line.quantity,
      // A withdrawn product, or one whose group is, has none left to sell.
      available: problems.get(line.id) === "unavailable" ? 0 : Math.max(0, line.available_quantity ?? 0),
    }))
  if (!blocked.length) return null
  const names = blocked.map((s) => `${s.title} (${s.available} left / เหลือ ${s.available})`).join(", ")
  return { code: "out_of_stock", message: `Not enough stock for: ${names} (สินค้าไม่พอ: ${names})`, items: blocked }
}

/** Said when a closed group's products are added or bought: when they can be ordered again. */
export function groupClosedMessage(group: { name_th: string; name_en: string | null; closed_until: Date | string | null }) {
  const until = group.closed_until ? bangkokDay(group.closed_until) : "?"
  return `${group.name_en ?? group.name_th} is closed until ${until}: its products can be ordered again from then (${group.name_th} ปิดรับคำสั่งซื้อชั่วคราวถึง ${until})`
}
