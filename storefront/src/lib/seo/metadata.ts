import type { Metadata } from "next"
import type { AppLocale } from "@/i18n/routing"
import { summarize } from "@/lib/site"
import { absoluteUrl, pageAlternates } from "./alternates"

type PageMetadataInput = {
  locale: AppLocale
  /** The page's path without locale ("/producers/x"). */
  path: string
  title: string
  description?: string | null
  image?: { url: string; alt: string } | null
  /** Listings with filters in the URL: crawl the links, index only the plain page. */
  noindex?: boolean
}

/** Title, description, canonical, hreflang alternates and OpenGraph basics of a page. */
export function pageMetadata({ locale, path, title, description, image, noindex }: PageMetadataInput): Metadata {
  const summary = summarize(description ?? undefined)
  return {
    title,
    description: summary,
    alternates: pageAlternates(locale, path),
    openGraph: {
      title,
      description: summary,
      url: absoluteUrl(locale, path),
      locale: locale === "th" ? "th_TH" : "en_US",
      alternateLocale: locale === "th" ? ["en_US"] : ["th_TH"],
      ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}),
    },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}
