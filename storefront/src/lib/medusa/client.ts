import "server-only"
import Medusa from "@medusajs/js-sdk"
import { LOCALE_TAGS, type AppLocale } from "@/i18n/routing"

/** Cache tags shared by every visitor, so the backend can revalidate the catalog site-wide. */
export const TAGS = {
  regions: "regions",
  products: "products",
  categories: "categories",
} as const

/** Seconds a catalog response may be served from Next's data cache. */
export const CATALOG_REVALIDATE_SECONDS = 60

const REQUEST_TIMEOUT_MS = 10_000

let cachedClient: { config: string; sdk: Medusa } | undefined

/**
 * The SDK, configured from the environment at request time (not at build time): the
 * publishable key belongs to a database, so one build must run against any backend.
 */
export function getSdk(): Medusa {
  const baseUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || undefined
  const config = `${baseUrl}\n${publishableKey ?? ""}`
  if (cachedClient?.config !== config) {
    cachedClient = { config, sdk: new Medusa({ baseUrl, publishableKey, debug: false }) }
  }
  return cachedClient.sdk
}

type StoreFetchOptions = {
  locale: AppLocale
  query?: Record<string, unknown>
  /** Global tags (see TAGS); a per-locale tag is added so one language can be revalidated. */
  tags: string[]
  revalidate?: number
}

/** GET a Store API route in the reader's language, through Next's data cache. */
export async function storeFetch<T>(path: string, options: StoreFetchOptions): Promise<T> {
  const { locale, query, tags, revalidate = CATALOG_REVALIDATE_SECONDS } = options
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    // Medusa's Translation Module picks the language from this header. Request headers are
    // part of Next's fetch-cache key, so Thai and English responses are cached apart.
    headers: { "x-medusa-locale": LOCALE_TAGS[locale] },
    next: { revalidate, tags: [...tags, ...tags.map((tag) => `${tag}:${locale}`)] },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
}
