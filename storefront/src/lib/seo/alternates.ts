import type { Metadata } from "next"
import { routing, type AppLocale } from "@/i18n/routing"
import { siteUrl } from "@/lib/site"

/** hreflang keys: every language of the shop, and x-default (Thai) for everyone else. */
export type AlternateLanguages = Record<AppLocale | "x-default", string>

const suffixOf = (path: string) => {
  const normalised = path.startsWith("/") ? path : `/${path}`
  return normalised === "/" ? "" : normalised
}

/** The absolute URL of a path (without locale, e.g. "/products/x") in one language. */
export function absoluteUrl(locale: AppLocale, path: string): string {
  return new URL(`/${locale}${suffixOf(path)}`, siteUrl()).toString()
}

/**
 * The absolute URLs of a path (without locale) in every language, plus x-default: for
 * `alternates.languages` in page metadata and in sitemap entries alike.
 */
export function localeAlternates(path: string): AlternateLanguages {
  const languages = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(locale, path)])) as AlternateLanguages
  languages["x-default"] = absoluteUrl(routing.defaultLocale, path)
  return languages
}

/** Canonical URL (this language) and hreflang alternates of a page. */
export function pageAlternates(locale: AppLocale, path: string): NonNullable<Metadata["alternates"]> {
  return { canonical: absoluteUrl(locale, path), languages: localeAlternates(path) }
}
