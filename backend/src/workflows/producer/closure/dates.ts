/** True while `now` lies in the group's temporary closure. */
export function isClosed(group: { closed_from?: Date | string | null; closed_until?: Date | string | null }, now = new Date()) {
  if (!group.closed_from || !group.closed_until) return false
  return new Date(group.closed_from) <= now && now < new Date(group.closed_until)
}

/** The calendar day (YYYY-MM-DD) of an instant in Bangkok: closures start and end at Bangkok midnight. */
export function bangkokDay(value: Date | string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(value))
}
