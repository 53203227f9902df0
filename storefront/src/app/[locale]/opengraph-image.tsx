import { getTranslations } from "next-intl/server"
import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { OG_CONTENT_TYPE, OG_SIZE, ogImageResponse } from "@/lib/seo/og"

export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = "OTOP Marketplace"

/** The site's card (home, listings and any page without its own): drawn once per language at build time. */
export default async function SiteOpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale: AppLocale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale
  const [t, tHeader, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: "Seo" }),
    getTranslations({ locale, namespace: "Header" }),
    getTranslations({ locale, namespace: "Metadata" }),
  ])
  return ogImageResponse({
    siteName: tMeta("siteName"),
    tagline: tHeader("tagline"),
    title: tMeta("title"),
    lines: [t("ogSiteLine"), t("ogSiteLine2")],
  })
}
