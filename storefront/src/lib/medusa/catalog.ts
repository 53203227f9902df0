import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { scopedCatalogQuery, type ListingScope } from "@/lib/catalog/listing"
import { PAGE_SIZE, type SearchState } from "@/lib/catalog/params"
import {
  reshapeCatalogPage,
  reshapeReviews,
  reshapeTrust,
  reshapeVocabularies,
  type StoreCatalogResponse,
  type StoreReviews,
  type StoreTrust,
  type StoreVocabularies,
} from "@/lib/catalog/reshape"
import type { CatalogPage, ProductTrust, ReviewPage, Vocabularies } from "@/lib/catalog/types"
import { storeFetch, TAGS } from "./client"
import { httpStatusOf } from "./errors"

/** Cache tags of the trust data, beside the shared `products` tag (see client.ts). */
export const CATALOG_TAGS = {
  vocabularies: "vocabularies",
  trust: "trust",
  reviews: "reviews",
} as const

/**
 * One page of GET /store/catalog for a search state: products with grade, certifications,
 * fabric, soft power and rating, the total count and the facet counts.
 */
export async function searchCatalog(
  locale: AppLocale,
  state: SearchState,
  pageSize = PAGE_SIZE,
  scope: ListingScope | null = null,
): Promise<CatalogPage> {
  const response = await storeFetch<StoreCatalogResponse>("/store/catalog", {
    locale,
    // The backend reads the language from x-medusa-locale (set by storeFetch) as well as ?locale=;
    // the parameter makes the cache key differ per language even without the header.
    query: { ...scopedCatalogQuery(state, scope, pageSize), locale },
    tags: [TAGS.products],
  })
  return reshapeCatalogPage(response)
}

/** Only the number of products a state matches (the helpful empty state compares a few). */
export async function countCatalog(locale: AppLocale, state: SearchState, scope: ListingScope | null = null): Promise<number> {
  const page = await searchCatalog(locale, { ...state, page: 1 }, 1, scope)
  return page.count
}

/** The fixed vocabularies and certification schemes with their Thai and English labels. */
export const getVocabularies = cache(async (locale: AppLocale): Promise<Vocabularies> => {
  const response = await storeFetch<StoreVocabularies>("/store/vocabularies", {
    locale,
    tags: [CATALOG_TAGS.vocabularies],
    revalidate: 3600,
  })
  return reshapeVocabularies(response)
})

/** Grade with history, verified certifications, attributes and rating of a product; null if it is not on sale. */
export const getProductTrust = cache(async (locale: AppLocale, productId: string): Promise<ProductTrust | null> => {
  try {
    const { trust } = await storeFetch<{ trust: StoreTrust }>(`/store/products/${encodeURIComponent(productId)}/trust`, {
      locale,
      tags: [TAGS.products, CATALOG_TAGS.trust],
    })
    return reshapeTrust(trust)
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

/** The latest published buyer reviews of a product (with the group's replies) and its rating. */
export const getProductReviews = cache(async (locale: AppLocale, productId: string, limit = 10): Promise<ReviewPage> => {
  const response = await storeFetch<StoreReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
    locale,
    query: { limit, offset: 0 },
    tags: [CATALOG_TAGS.reviews],
  })
  return reshapeReviews(response)
})
