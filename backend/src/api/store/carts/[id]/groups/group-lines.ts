/** Facts about one cart line, read by the route (kept free of Medusa so it can be unit-tested). */
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

export function lineProblem(line: CartLineFacts): LineProblem | null {
  if (!line.product_sellable || !line.group || !line.group.approved) return "unavailable"
  if (line.group.closed) return "group_closed"
  if (line.available_quantity !== null) {
    if (line.available_quantity <= 0) return "out_of_stock"
    if (line.available_quantity < line.quantity) return "insufficient_stock"
  }
  return null
}

/** Lines grouped by producer group (in the order their first line was added); lines of no group last. */
export function groupCartLines(lines: CartLineFacts[]) {
  const ordered = [...lines].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  const groups = new Map<string, { key: string; lines: CartLineFacts[] }>()
  for (const line of ordered) {
    const key = line.group?.id ?? "none"
    if (!groups.has(key)) groups.set(key, { key, lines: [] })
    groups.get(key)!.lines.push(line)
  }
  const entries = [...groups.values()].sort((a, b) => (a.key === "none" ? 1 : 0) - (b.key === "none" ? 1 : 0))
  return entries.map(({ lines }) => {
    const group = lines[0].group
    return {
      producer_group: group,
      shipping_profile_id: lines.find((l) => l.shipping_profile_id)?.shipping_profile_id ?? null,
      items: lines.map(({ group: _group, shipping_profile_id: _profile, created_at: _created, ...line }) => ({
        ...line,
        problem: lineProblem({ ...line, group, shipping_profile_id: null }),
      })),
    }
  })
}
