import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["th", "en"],
  defaultLocale: "th",
  // The language lives in the URL only: "/" always goes to /th (Thai consumers first),
  // no Accept-Language guessing and no NEXT_LOCALE cookie that would make "/" differ per visitor.
  localePrefix: "always",
  localeDetection: false,
  localeCookie: false,
})

export type AppLocale = (typeof routing.locales)[number]

/** BCP 47 tags used for Intl formatting and for Medusa's Translation Module (x-medusa-locale). */
export const LOCALE_TAGS: Record<AppLocale, string> = {
  th: "th-TH",
  en: "en-US",
}

/** Short label in the language switch. */
export const LOCALE_SHORT_NAMES: Record<AppLocale, string> = {
  th: "ไทย",
  en: "EN",
}

/** Accessible name of the link to a language, written in that language for its readers. */
export const LOCALE_SWITCH_LABELS: Record<AppLocale, string> = {
  th: "อ่านหน้านี้เป็นภาษาไทย",
  en: "Read this page in English",
}
