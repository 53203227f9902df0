import "server-only"
import { storeFetch, TAGS } from "@/lib/medusa/client"
import { API_PAGE_SIZE, apiPagesOfFile, GROUPS_PER_FILE, PRODUCTS_PER_FILE } from "./sitemap"

/**
 * Catalog reads of the sitemap, through Next's data cache: tagged like the rest of the catalog
 * (the backend's revalidation expires them on a change) and otherwise kept an hour.
 */
const SITEMAP_REVALIDATE_SECONDS = 3600
/** Tag of the producer-group reads (posted by the backend with every catalog change). */
export const PRODUCER_GROUPS_TAG = "producer-groups"

type CatalogAnswer = {
  products: { handle: string }[]
  count: number
  facets?: Record<string, { value: string | number; count: number }[]>
}
type GroupsAnswer = { producer_groups: { handle: string }[]; count: number }

// Handles are the same in every language; Thai is the base content.
const catalog = (query: Record<string, unknown>) =>
  storeFetch<CatalogAnswer>("/store/catalog", { locale: "th", query: { ...query, locale: "th" }, tags: [TAGS.products], revalidate: SITEMAP_REVALIDATE_SECONDS })
const groups = (query: Record<string, unknown>) =>
  storeFetch<GroupsAnswer>("/store/producer-groups", { locale: "th", query, tags: [PRODUCER_GROUPS_TAG], revalidate: SITEMAP_REVALIDATE_SECONDS })

/** How many products and groups there are, and which categories, regions and provinces have products (two small reads). */
export async function sitemapSummary() {
  const [summary, groupCount] = await Promise.all([catalog({ limit: 1, offset: 0 }), groups({ limit: 1, offset: 0 })])
  const values = (facet: string) => (summary.facets?.[facet] ?? []).filter((f) => f.count > 0).map((f) => String(f.value)).sort()
  return { products: summary.count, groups: groupCount.count, categories: values("category"), regions: values("region"), provinces: values("province") }
}

/** Product handles of one sitemap file, read a Store API page at a time (oldest sort is not offered: newest, with a stable tie-break). */
export async function productHandlesOfFile(page: number, total: number): Promise<string[]> {
  const pages = apiPagesOfFile(page, PRODUCTS_PER_FILE, total)
  const answers = await Promise.all(pages.map(({ offset, limit }) => catalog({ sort: "newest", limit, offset })))
  return answers.flatMap((a) => a.products.map((p) => p.handle))
}

/** Group handles of one sitemap file. */
export async function groupHandlesOfFile(page: number, total: number): Promise<string[]> {
  const pages = apiPagesOfFile(page, GROUPS_PER_FILE, total)
  const answers = await Promise.all(pages.map(({ offset, limit }) => groups({ limit: Math.min(limit, API_PAGE_SIZE), offset })))
  return answers.flatMap((a) => a.producer_groups.map((g) => g.handle))
}
