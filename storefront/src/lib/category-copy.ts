/** Curated one-line descriptions of the OTOP categories, by handle (messages: Category.descriptions). */
const DESCRIPTION_KEYS = {
  food: "descriptions.food",
  beverage: "descriptions.beverage",
  "textile-apparel": "descriptions.textile-apparel",
  "houseware-decor-souvenir": "descriptions.houseware-decor-souvenir",
  "herbal-nonfood": "descriptions.herbal-nonfood",
} as const

export type CategoryDescriptionKey = (typeof DESCRIPTION_KEYS)[keyof typeof DESCRIPTION_KEYS]

/** The message key for a category's blurb, or null for a category we have no copy for. */
export function categoryDescriptionKey(handle: string): CategoryDescriptionKey | null {
  return Object.hasOwn(DESCRIPTION_KEYS, handle) ? DESCRIPTION_KEYS[handle as keyof typeof DESCRIPTION_KEYS] : null
}
