import type { AppLocale } from "@/i18n/routing"
import { activeClosure, type GroupClosure } from "@/lib/closure"
import { reshapeCertification, type StoreCertification } from "./reshape"
import type { Certification } from "./types"

/** GET /store/producer-groups(/:handle) as the Store API sends it (only the fields we use). */
export type StoreProducerGroup = {
  id: string
  handle: string
  name_th: string
  name_en: string | null
  producer_type: string
  province_code: string
  region: string
  village_th: string | null
  village_en: string | null
  moo: number | null
  story_th: string | null
  story_en: string | null
  logo_url: string | null
  cover_url: string | null
  closed_from: string | null
  closed_until: string | null
  closure_note_th: string | null
  closure_note_en: string | null
  location?: {
    province_code: string
    province_th: string
    province_en: string
    district_th: string
    district_en: string
    subdistrict_th: string
    subdistrict_en: string
  }
  certifications?: StoreCertification[]
  products?: { id: string; handle: string; title: string; thumbnail: string | null }[]
}

/** A producer group as the shop shows it, in the reader's language. */
export type ProducerGroup = {
  handle: string
  name: string
  /** The name in the other language, when it differs (for search engines and curious readers). */
  otherName: string | null
  producerType: string
  provinceCode: string
  region: string
  village: string | null
  moo: number | null
  story: string | null
  logo: string | null
  cover: string | null
  location: { province: string; district: string; subdistrict: string } | null
  /** Verified, unexpired group-wide certifications (GMP, HACCP, …). */
  certifications: Certification[]
  /** Published products (id, handle, title), also when the group is closed and out of the catalog. */
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
  /** The temporary closure covering now, or null. */
  closure: GroupClosure | null
}

/** The reader's language, falling back to the other one (Thai is always there). */
function pick(th: string | null | undefined, en: string | null | undefined, locale: AppLocale): string | null {
  return (locale === "en" ? en || th : th || en) || null
}

export function reshapeProducerGroup(g: StoreProducerGroup, locale: AppLocale, now = new Date()): ProducerGroup {
  const name = pick(g.name_th, g.name_en, locale)!
  const other = locale === "en" ? g.name_th : g.name_en
  const l = g.location
  return {
    handle: g.handle,
    name,
    otherName: other && other !== name ? other : null,
    producerType: g.producer_type,
    provinceCode: g.province_code,
    region: g.region,
    village: pick(g.village_th, g.village_en, locale),
    moo: g.moo ?? null,
    story: pick(g.story_th, g.story_en, locale),
    logo: g.logo_url ?? null,
    cover: g.cover_url ?? null,
    location: l
      ? {
          province: pick(l.province_th, l.province_en, locale)!,
          district: pick(l.district_th, l.district_en, locale)!,
          subdistrict: pick(l.subdistrict_th, l.subdistrict_en, locale)!,
        }
      : null,
    certifications: (g.certifications ?? []).map(reshapeCertification),
    products: g.products ?? [],
    closure: activeClosure(g, locale, now),
  }
}
