import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import { provinceName } from "@/lib/provinces"

/** "เจ้าหน้าที่ พช. (demo)": first and last name, or the email when there is no name. */
export function officerName(staff: { first_name: string | null; last_name: string | null; email: string }): string {
  return [staff.first_name, staff.last_name].filter(Boolean).join(" ").trim() || staff.email
}

/** The officer's provinces by name in the reader's language (unknown codes as they are). */
export function provinceNames(codes: string[] | null | undefined, locale: AppLocale): string[] {
  return (codes ?? []).map((code) => provinceName(code, locale) ?? code)
}

/** A date in the reader's era (Buddhist for Thai), or null for a missing or broken value. */
export function safeDate(value: string | null | undefined, locale: AppLocale, options?: Intl.DateTimeFormatOptions): string | null {
  if (!value) return null
  try {
    return formatDate(value, locale, options)
  } catch {
    return null
  }
}

/** Bytes as KB (under 1 MB) or MB, one decimal at most. */
export function fileSize(bytes: number): { unit: "sizeKb" | "sizeMb"; size: string } {
  const kb = Math.max(bytes, 0) / 1024
  if (kb < 1024) return { unit: "sizeKb", size: String(Math.max(1, Math.round(kb))) }
  return { unit: "sizeMb", size: (kb / 1024).toFixed(1).replace(/\.0$/, "") }
}
