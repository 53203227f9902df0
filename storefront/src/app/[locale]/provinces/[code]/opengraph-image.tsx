import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import { listingCard, OG_CONTENT_TYPE, OG_SIZE } from "@/lib/seo/og"

export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = "OTOP Marketplace"

/** A province's social card: its name in the page's language (the site's card if unknown). */
export default async function ProvinceOpenGraphImage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale: raw, code } = await params
  const locale: AppLocale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale
  return listingCard(locale, provinceName(code, locale))
}
