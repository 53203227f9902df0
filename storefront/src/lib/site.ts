import type { Metadata } from "next"
import { routing, type AppLocale } from "@/i18n/routing"

/**
 * The storefront's public URL (runtime env), for canonical and social links, the sitemap and
 * robots.txt: STOREFRONT_PUBLIC_URL, else STOREFRONT_URL (the older name), else localhost:8000.
 */
export function siteUrl(): URL {
  try {
    return new URL(process.env.STOREFRONT_PUBLIC_URL || process.env.STOREFRONT_URL || "http://localhost:8000")
  } catch {
    return new URL("http://localhost:8000")
  }
}

/** Canonical URL and hreflang alternates for a path without locale ("/products/x"). */
export function localizedAlternates(locale: AppLocale, pathname: string): Metadata["alternates"] {
  const suffix = pathname === "/" ? "" : pathname
  return {
    canonical: `/${locale}${suffix}`,
    languages: {
      ...Object.fromEntries(routing.locales.map((target) => [target, `/${target}${suffix}`])),
      "x-default": `/${routing.defaultLocale}${suffix}`,
    },
  }
}

/** Plain text for meta descriptions: collapsed whitespace, cut at a word near `max` characters. */
export function summarize(text: string | null | undefined, max = 160): string | undefined {
  if (!text) return undefined
  const plain = text.replace(/\s+/g, " ").trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(" ")
  return `${lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut}…`
}
