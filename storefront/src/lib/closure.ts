import type { AppLocale } from "@/i18n/routing"

export type GroupClosure = { closedFrom: string; closedUntil: string; note: string | null }

export type StoreGroupClosure = {
  closed_from: string | null
  closed_until: string | null
  closure_note_th: string | null
  closure_note_en: string | null
}

/**
 * The group's temporary closure (harvest, festival) when it covers `now`, else null: its
 * products stay visible but cannot be ordered until it reopens.
 */
export function activeClosure(group: StoreGroupClosure, locale: AppLocale, now = new Date()): GroupClosure | null {
  if (!group.closed_from || !group.closed_until) return null
  const from = new Date(group.closed_from)
  const until = new Date(group.closed_until)
  if (!(from <= now && now < until)) return null
  const note = (locale === "en" ? group.closure_note_en || group.closure_note_th : group.closure_note_th || group.closure_note_en) || null
  return { closedFrom: group.closed_from, closedUntil: group.closed_until, note }
}

