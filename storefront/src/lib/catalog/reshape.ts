import { roundToSatang } from "@/lib/money"
import { FACET_NAMES } from "./types"
import type {
  BuyerRating,
  CatalogFacets,
  CatalogPage,
  CatalogProduct,
  Certification,
  Fabric,
  ProductTrust,
  Review,
  ReviewPage,
  Term,
  Vocabularies,
} from "./types"

// ---- Raw Store API shapes (GET /store/catalog, /store/vocabularies, /store/products/:id/trust|reviews) ----

export type StoreCertification = {
  scheme: string
  number: string | null
  verified?: boolean
  expires_at: string | null
  lookup_url: string | null
  gi_name?: string | null
}

export type StoreFabric = {
  fiber: string
  techniques?: string[] | null
  dye?: string | null
  fabric_type?: string | null
  royal_pattern?: string | null
  royal_pattern_year_be?: number | null
  provincial_pattern?: string | null
  hand_woven?: boolean | null
}

export type StoreRating = { average: number | null; count: number }

export type StoreCatalogProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  category: string | null
  price: { currency_code: string; amount: string; amount_satang?: number } | null
  in_stock: boolean
  otop_grade: { stars: number; round_be: number } | null
  certifications: StoreCertification[] | null
  fabric: StoreFabric | null
  soft_power: string[] | null
  rating: StoreRating | null
  producer_group: { handle: string; name: string; province_code: string | null }
}

export type StoreCatalogResponse = {
  products: StoreCatalogProduct[]
  count: number
  facets: Partial<Record<string, { value: string | number; count: number }[]>>
  limit: number
  offset: number
}

type StoreTerm = { code: string; th: string; en: string; year_be?: number | null }

export type StoreVocabularies = {
  fiber?: StoreTerm[]
  technique?: StoreTerm[]
  dye?: StoreTerm[]
  fabric_type?: StoreTerm[]
  royal_pattern?: StoreTerm[]
  soft_power?: StoreTerm[]
  campaign?: StoreTerm[]
  certification_schemes?: { code: string; label: { th: string; en: string }; issuer: { th: string; en: string } }[]
}

export type StoreTrust = {
  otop_grade: { stars: number; round_be: number } | null
  grades: { round_be: number; stars: number; score: number | null; certificate_number: string | null; announced_at: string | null }[]
  certifications: StoreCertification[]
  fabric: StoreFabric | null
  soft_power: string[]
  campaigns: string[]
  rating: StoreRating
  producer_group?: { handle: string; name: string; province_code: string | null } | null
}

export type StoreReviews = {
  reviews: {
    id: string
    rating: number
    title: string | null
    body: string
    display_name: string | null
    created_at: string
    reply_body: string | null
    replied_at: string | null
  }[]
  count: number
  rating: StoreRating
}

// ---- Reshaping ------------------------------------------------------------------------------

export function reshapeCertification(c: StoreCertification): Certification {
  return {
    scheme: c.scheme,
    number: c.number ?? null,
    // The catalog and trust routes only send verified ones; anything else must say so.
    verified: c.verified !== false,
    expiresAt: c.expires_at ?? null,
    lookupUrl: c.lookup_url ?? null,
    giName: c.gi_name ?? null,
  }
}

export function reshapeFabric(f: StoreFabric | null | undefined): Fabric | null {
  if (!f?.fiber) return null
  return {
    fiber: f.fiber,
    techniques: f.techniques ?? [],
    dye: f.dye ?? null,
    fabricType: f.fabric_type ?? null,
    royalPattern: f.royal_pattern ?? null,
    royalPatternYearBe: f.royal_pattern_year_be ?? null,
    provincialPattern: f.provincial_pattern ?? null,
    handWoven: f.hand_woven ?? null,
  }
}

const reshapeRating = (r: StoreRating | null | undefined): BuyerRating => ({
  average: r && r.count > 0 && r.average !== null ? Number(r.average) : null,
  count: r?.count ?? 0,
})

export function reshapeCatalogProduct(p: StoreCatalogProduct): CatalogProduct {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    thumbnail: p.thumbnail ?? null,
    category: p.category ?? null,
    price: p.price ? roundToSatang(p.price.amount) : null,
    inStock: p.in_stock,
    grade: p.otop_grade ? { stars: p.otop_grade.stars, roundBe: p.otop_grade.round_be } : null,
    certifications: (p.certifications ?? []).map(reshapeCertification),
    fabric: reshapeFabric(p.fabric),
    softPower: p.soft_power ?? [],
    rating: reshapeRating(p.rating),
    group: { handle: p.producer_group.handle, name: p.producer_group.name, provinceCode: p.producer_group.province_code ?? null },
  }
}

export function reshapeFacets(facets: StoreCatalogResponse["facets"]): CatalogFacets {
  return Object.fromEntries(
    FACET_NAMES.map((name) => [name, (facets?.[name] ?? []).map((f) => ({ value: String(f.value), count: Number(f.count) }))]),
  ) as CatalogFacets
}

export function reshapeCatalogPage(response: StoreCatalogResponse): CatalogPage {
  return {
    products: response.products.map(reshapeCatalogProduct),
    count: response.count,
    facets: reshapeFacets(response.facets),
    limit: response.limit,
    offset: response.offset,
  }
}

const reshapeTerms = (terms: StoreTerm[] | undefined): Term[] =>
  (terms ?? []).map((t) => ({ code: t.code, th: t.th, en: t.en, yearBe: t.year_be ?? null }))

export function reshapeVocabularies(v: StoreVocabularies): Vocabularies {
  return {
    fiber: reshapeTerms(v.fiber),
    technique: reshapeTerms(v.technique),
    dye: reshapeTerms(v.dye),
    fabricType: reshapeTerms(v.fabric_type),
    royalPattern: reshapeTerms(v.royal_pattern),
    softPower: reshapeTerms(v.soft_power),
    campaign: reshapeTerms(v.campaign),
    schemes: (v.certification_schemes ?? []).map((s) => ({ code: s.code, label: s.label, issuer: s.issuer })),
  }
}

export function reshapeTrust(t: StoreTrust): ProductTrust {
  return {
    grade: t.otop_grade ? { stars: t.otop_grade.stars, roundBe: t.otop_grade.round_be } : null,
    grades: (t.grades ?? []).map((g) => ({
      stars: g.stars,
      roundBe: g.round_be,
      score: g.score ?? null,
      certificateNumber: g.certificate_number ?? null,
      announcedAt: g.announced_at ?? null,
    })),
    certifications: (t.certifications ?? []).map(reshapeCertification),
    fabric: reshapeFabric(t.fabric),
    softPower: t.soft_power ?? [],
    campaigns: t.campaigns ?? [],
    rating: reshapeRating(t.rating),
    groupName: t.producer_group?.name ?? null,
  }
}

export function reshapeReviews(r: StoreReviews): ReviewPage {
  return {
    reviews: r.reviews.map(
      (review): Review => ({
        id: review.id,
        rating: review.rating,
        title: review.title || null,
        body: review.body,
        displayName: review.display_name || null,
        createdAt: review.created_at,
        reply: review.reply_body ? { body: review.reply_body, repliedAt: review.replied_at ?? null } : null,
      }),
    ),
    count: r.count,
    rating: reshapeRating(r.rating),
  }
}
