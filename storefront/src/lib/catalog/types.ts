/**
 * The trust data and the catalog as the storefront's components see them (camelCase, money as
 * exact decimal strings). The raw Store API shapes stay in src/lib/medusa/catalog.ts.
 */

/** An official OTOP star grade of one selection round (a Buddhist-era year, e.g. 2567). */
export type OtopGrade = {
  stars: number
  roundBe: number
}

export type OtopGradeRound = OtopGrade & {
  score: number | null
  certificateNumber: string | null
  announcedAt: string | null
}

/** A certification as shown to buyers: verified by CDD staff, with the issuer's public look-up. */
export type Certification = {
  scheme: string
  /** Display form of the number (e.g. 50-2-00162-2-0031), or null for marks without one. */
  number: string | null
  verified: boolean
  expiresAt: string | null
  lookupUrl: string | null
  /** Name of the geographical indication, for GI registrations. */
  giName: string | null
}

export type Fabric = {
  fiber: string
  techniques: string[]
  dye: string | null
  fabricType: string | null
  royalPattern: string | null
  royalPatternYearBe: number | null
  provincialPattern: string | null
  handWoven: boolean | null
}

/** Buyers' verified-purchase rating: never to be confused with the official grade. */
export type BuyerRating = {
  average: number | null
  count: number
}

export type CatalogProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  category: string | null
  /** Lowest price in THB as an exact decimal string ("1290.50"). */
  price: string | null
  inStock: boolean
  grade: OtopGrade | null
  certifications: Certification[]
  fabric: Fabric | null
  softPower: string[]
  rating: BuyerRating
  group: { handle: string; name: string; provinceCode: string | null }
}

export const FACET_NAMES = ["category", "region", "province", "stars", "cert", "fiber", "technique", "dye", "soft_power"] as const
export type FacetName = (typeof FACET_NAMES)[number]

export type FacetCount = { value: string; count: number }

export type CatalogFacets = Record<FacetName, FacetCount[]>

export type CatalogPage = {
  products: CatalogProduct[]
  count: number
  facets: CatalogFacets
  limit: number
  offset: number
}

/** One value of a fixed vocabulary, with its labels. */
export type Term = { code: string; th: string; en: string; yearBe: number | null }

export type Scheme = {
  code: string
  label: { th: string; en: string }
  issuer: { th: string; en: string }
}

export type Vocabularies = {
  fiber: Term[]
  technique: Term[]
  dye: Term[]
  fabricType: Term[]
  royalPattern: Term[]
  softPower: Term[]
  campaign: Term[]
  schemes: Scheme[]
}

/** Everything the product page shows about why the product can be trusted. */
export type ProductTrust = {
  grade: OtopGrade | null
  /** Every round, latest first. */
  grades: OtopGradeRound[]
  certifications: Certification[]
  fabric: Fabric | null
  softPower: string[]
  campaigns: string[]
  rating: BuyerRating
  /** The producer group's name in the reader's language (it answers the reviews). */
  groupName: string | null
}

export type Review = {
  id: string
  rating: number
  title: string | null
  body: string
  displayName: string | null
  createdAt: string
  reply: { body: string; repliedAt: string | null } | null
}

export type ReviewPage = {
  reviews: Review[]
  count: number
  rating: BuyerRating
}
