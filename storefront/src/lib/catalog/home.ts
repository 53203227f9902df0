import type { ProducerGroup } from "./producer-group"
import { EMPTY_STATE, type SearchState } from "./params"
import type { CatalogProduct } from "./types"

/**
 * Products per home-page section: one row on a desktop, two on a phone. The home page is a
 * teaser; each section's "see all" opens the full listing. (Eight made the phone page twice as
 * long and its start-up measurably slower: every card is markup the browser parses and hydrates.)
 */
export const HOME_SECTION_SIZE = 4

/** The home page's product sections as catalog searches (their "see all" links open the same search). */
export const HOME_SECTIONS: Record<"fiveStar" | "gi" | "newest", SearchState> = {
  fiveStar: { ...EMPTY_STATE, stars: 5 },
  gi: { ...EMPTY_STATE, gi: true },
  newest: { ...EMPTY_STATE, sort: "newest" },
}

/**
 * Groups to feature: those that make the 5-star products shown first (in that order), then the
 * others as listed, `max` in all.
 */
export function featuredGroups(groups: ProducerGroup[], fiveStar: CatalogProduct[], max: number): ProducerGroup[] {
  const rank = new Map<string, number>()
  for (const product of fiveStar) if (!rank.has(product.group.handle)) rank.set(product.group.handle, rank.size)
  return groups
    .map((group, index) => ({ group, key: rank.get(group.handle) ?? rank.size + index }))
    .sort((a, b) => a.key - b.key)
    .slice(0, max)
    .map(({ group }) => group)
}
