import { lineProblems, type CartLineFacts } from "../../../../../workflows/cart/line-rules"

/** Lines grouped by producer group (in the order their first line was added); lines of no group last. */
export function groupCartLines(lines: CartLineFacts[]) {
  const problems = lineProblems(lines)
  const ordered = [...lines].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  const groups = new Map<string, { key: string; lines: CartLineFacts[] }>()
  for (const line of ordered) {
    const key = line.group?.id ?? "none"
    if (!groups.has(key)) groups.set(key, { key, lines: [] })
    groups.get(key)!.lines.push(line)
  }
  const entries = [...groups.values()].sort((a, b) => (a.key === "none" ? 1 : 0) - (b.key === "none" ? 1 : 0))
  return entries.map(({ lines }) => ({
    producer_group: lines[0].group,
    shipping_profile_id: lines.find((l) => l.shipping_profile_id)?.shipping_profile_id ?? null,
    items: lines.map(({ group: _group, shipping_profile_id: _profile, created_at: _created, ...line }) => ({
      ...line,
      problem: problems.get(line.id) ?? null,
    })),
  }))
}
