import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { getCategoryByHandle } from "@/lib/medusa"
import { listingCard, OG_CONTENT_TYPE, OG_SIZE } from "@/lib/seo/og"

export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = "OTOP Marketplace"

/** A category's social card: its name in the page's language (the site's card if unknown). */
export default async function CategoryOpenGraphImage({ params }: { params: Promise<{ locale: string; handle: string }> }) {
  const { locale: raw, handle } = await params
  const locale: AppLocale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale
  const category = await getCategoryByHandle(locale, handle).catch(() => null)
  return listingCard(locale, category?.name ?? null)
}
