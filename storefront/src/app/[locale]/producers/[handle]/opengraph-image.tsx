import { getTranslations } from "next-intl/server"
import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { logStoreError, storeFetch } from "@/lib/medusa"
import { httpStatusOf } from "@/lib/medusa/errors"
import { clip, OG_CONTENT_TYPE, OG_SIZE, ogImageResponse, pictureAsPng } from "@/lib/seo/og"

export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = "OTOP Marketplace"

type Props = { params: Promise<{ locale: string; handle: string }> }

type StoreGroupCard = {
  name_th: string
  name_en: string | null
  village_th: string | null
  village_en: string | null
  cover_url: string | null
  logo_url: string | null
  location?: { province_th: string; province_en: string }
  products?: unknown[]
}

/** The group's card, cached like the rest of the catalog (revalidated with the group's tag). */
async function loadGroup(locale: AppLocale, handle: string): Promise<StoreGroupCard | null> {
  try {
    const { producer_group } = await storeFetch<{ producer_group: StoreGroupCard }>(`/store/producer-groups/${encodeURIComponent(handle)}`, {
      locale,
      tags: ["producer-groups", `producer-group:${handle}`],
    })
    return producer_group
  } catch (error) {
    if (httpStatusOf(error) !== 404) logStoreError(`og image group ${handle}`, error)
    return null
  }
}

/** A producer group's social card: cover picture, name, village and province, number of products. */
export default async function ProducerOpenGraphImage({ params }: Props) {
  const { locale: raw, handle } = await params
  const locale: AppLocale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale
  const [t, tHeader, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: "Seo" }),
    getTranslations({ locale, namespace: "Header" }),
    getTranslations({ locale, namespace: "Metadata" }),
  ])
  const site = { siteName: tMeta("siteName"), tagline: tHeader("tagline") }
  const group = await loadGroup(locale, handle)
  if (!group) return ogImageResponse({ ...site, title: tMeta("title"), lines: [t("ogSiteLine")] })

  const en = locale === "en"
  const name = (en && group.name_en) || group.name_th
  const village = (en && group.village_en) || group.village_th
  const province = group.location ? (en ? group.location.province_en : group.location.province_th) : null
  const place = province ? (village ? t("ogProducerPlace", { village, province }) : t("ogProvince", { province })) : null
  const count = group.products?.length ?? 0
  return ogImageResponse({
    ...site,
    title: clip(name, 70),
    lines: [place, count ? t("ogProducerProducts", { count }) : null].filter((line): line is string => !!line),
    picture: await pictureAsPng(group.cover_url ?? group.logo_url),
  })
}
