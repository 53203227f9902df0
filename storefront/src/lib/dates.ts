import type { AppLocale } from "@/i18n/routing"

// Thai readers expect the Buddhist era (พ.ศ. 2568 = 2025 CE); English readers the Gregorian one.
const DATE_LOCALE_TAGS: Record<AppLocale, string> = {
  th: "th-TH-u-ca-buddhist",
  en: "en-US-u-ca-gregory",
}

/** The shop's time zone, so a date reads the same whatever the server's TZ is. */
export const SHOP_TIME_ZONE = "Asia/Bangkok"

export function formatDate(
  value: Date | string | number,
  locale: AppLocale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return new Intl.DateTimeFormat(DATE_LOCALE_TAGS[locale], { timeZone: SHOP_TIME_ZONE, ...options }).format(date)
}

/** The year alone, in the locale's era: 2568 (th) or 2025 (en) for a date in 2025. */
export function formatYear(value: Date | string | number, locale: AppLocale): string {
  return formatDate(value, locale, { year: "numeric" })
}
