import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { REGION_CODES } from "@/lib/catalog/params"
import { routing, type AppLocale } from "@/i18n/routing"
import { listingCard, OG_CONTENT_TYPE, OG_SIZE } from "@/lib/seo/og"

export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = "OTOP Marketplace"

/** A region's social card: its name in the page's language (the site's card if unknown). */
export default async function RegionOpenGraphImage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale: raw, code } = await params
  const locale: AppLocale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale
  const known = (REGION_CODES as readonly string[]).includes(code)
  const t = await getTranslations({ locale, namespace: "Catalog" })
  return listingCard(locale, known ? t(`regions.${code as (typeof REGION_CODES)[number]}`) : null)
}
