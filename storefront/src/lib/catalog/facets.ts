import { toggleFlag, toggleStars, toggleValue, type ListParam, type SearchState } from "./params"
import type { FacetCount } from "./types"

/** One choice in the filter panel: where clicking it leads, and how many products it has. */
export type FacetOption<V = string> = {
  value: V
  label: string
  /** Products the choice has with the other filters applied; null where the API gives no exact count. */
  count: number | null
  selected: boolean
  /** The state after clicking it (the value added or removed). */
  next: SearchState
}

const byCountThenLabel = (a: FacetOption, b: FacetOption) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label)

/**
 * The choices of a list filter: the values with products (count > 0, from the API's facet,
 * which ignores the filter's own selection) plus the selected ones, so they can be removed.
 * Values without products are left out.
 */
export function listOptions(
  state: SearchState,
  param: ListParam,
  counts: FacetCount[],
  label: (value: string) => string,
): FacetOption[] {
  const countOf = new Map(counts.map((c) => [c.value, c.count]))
  const values = new Set([...counts.filter((c) => c.count > 0).map((c) => c.value), ...state.lists[param]])
  return [...values]
    .map((value) => ({
      value,
      label: label(value),
      count: countOf.get(value) ?? 0,
      selected: state.lists[param].includes(value),
      next: toggleValue(state, param, value),
    }))
    .sort(byCountThenLabel)
}

/**
 * "5 stars", "4 stars or more", …: the official grade as a minimum. Each count is the sum of the
 * grade facet's counts at or above it (that facet ignores the grade filter).
 */
export function starOptions(state: SearchState, counts: FacetCount[]): FacetOption<number>[] {
  const options: FacetOption<number>[] = []
  for (let stars = 5; stars >= 1; stars--) {
    const count = counts.filter((c) => Number(c.value) >= stars).reduce((sum, c) => sum + c.count, 0)
    const selected = state.stars === stars
    if (count > 0 || selected) options.push({ value: stars, label: String(stars), count, selected, next: toggleStars(state, stars) })
  }
  return options
}

/**
 * Geographical indication (the URL's `gi=true`). Its count is the certification facet's "gi":
 * exact while no other certification is chosen (that facet ignores the certification filter),
 * so with one chosen no count is shown rather than a wrong one. Hidden when no product has it.
 */
export function giOption(state: SearchState, certCounts: FacetCount[], label: string): FacetOption<boolean> | null {
  const exact = state.lists.cert.length === 0 || state.lists.cert.includes("gi")
  const count = exact ? (certCounts.find((c) => c.value === "gi")?.count ?? 0) : null
  if (count === 0 && !state.gi) return null
  return { value: true, label, count, selected: state.gi, next: toggleFlag(state, "gi") }
}
