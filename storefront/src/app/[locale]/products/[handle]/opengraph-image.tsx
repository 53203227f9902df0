import { getTranslations } from "next-intl/server"
import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { getProductByHandle, logStoreError } from "@/lib/medusa"
import { getProductTrust } from "@/lib/medusa/catalog"
import { formatTHB } from "@/lib/money"
import { provinceName } from "@/lib/provinces"
import { clip, OG_CONTENT_TYPE, OG_SIZE, ogImageResponse, pictureAsPng } from "@/lib/seo/og"

export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = "OTOP Marketplace"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** The product's social card: picture, name, group and province, price and official star grade. */
export default async function ProductOpenGraphImage({ params }: Props) {
  const { locale: raw, handle } = await params
  const locale: AppLocale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale
  const [t, tHeader, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: "Seo" }),
    getTranslations({ locale, namespace: "Header" }),
    getTranslations({ locale, namespace: "Metadata" }),
  ])
  const site = { siteName: tMeta("siteName"), tagline: tHeader("tagline") }

  const product = await getProductByHandle(locale, handle).catch((error) => {
    logStoreError(`og image product ${handle}`, error)
    return null
  })
  // An unknown product or an unreachable store still gets the site's card, never a broken image.
  if (!product) return ogImageResponse({ ...site, title: tMeta("title"), lines: [t("ogSiteLine")] })

  const [trust, picture] = await Promise.all([
    getProductTrust(locale, product.id).catch(() => null),
    pictureAsPng(product.thumbnail ?? product.images[0]?.url),
  ])
  const range = product.priceRange
  const price = range
    ? (range.min.amount === range.max.amount ? formatTHB(range.min.amount, locale) : t("ogPriceFrom", { price: formatTHB(range.min.amount, locale) }))
    : null
  const province = provinceName(product.provinceCode, locale)
  const origin = [trust?.groupName ? t("ogByGroup", { group: clip(trust.groupName, 40) }) : null, province ? t("ogProvince", { province }) : null]
    .filter(Boolean)
    .join(" · ")
  const grade = trust?.grade
  return ogImageResponse({
    ...site,
    title: clip(product.title, 70),
    lines: [price, origin].filter((line): line is string => !!line),
    stars: grade?.stars ?? null,
    badge: grade ? t("ogGrade", { stars: grade.stars, round: locale === "th" ? grade.roundBe : grade.roundBe - 543 }) : null,
    picture,
  })
}
