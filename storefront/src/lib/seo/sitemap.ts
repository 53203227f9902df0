import { routing, type AppLocale } from "@/i18n/routing"

/**
 * The sitemap as pure functions of the catalog data (the route handlers in app/sitemap.xml and
 * app/sitemap/[file] fetch it). /sitemap.xml is a sitemap index: one file of listing pages, then
 * the producer groups and the products split in files small enough to build from a few pages of
 * the Store API each, whatever the catalog's size (search engines allow 50,000 URLs per file).
 * Every page is listed once per language with its hreflang alternates (Thai is x-default).
 */

/** Products per sitemap file: 10 Store API pages of 100, 2 × 1,000 URLs. */
export const PRODUCTS_PER_FILE = 1000
/** Producer groups per sitemap file. */
export const GROUPS_PER_FILE = 1000
/** The Store API's largest page (GET /store/catalog and /store/producer-groups allow 100). */
export const API_PAGE_SIZE = 100

export type SitemapFile = { kind: "pages" } | { kind: "producers" | "products"; page: number }

/** The files of the index for these totals (at least one of each kind, so the URLs are stable). */
export function planSitemapFiles(totals: { products: number; groups: number }): SitemapFile[] {
  const files: SitemapFile[] = [{ kind: "pages" }]
  const groupFiles = Math.max(1, Math.ceil(totals.groups / GROUPS_PER_FILE))
  const productFiles = Math.max(1, Math.ceil(totals.products / PRODUCTS_PER_FILE))
  for (let page = 1; page <= groupFiles; page++) files.push({ kind: "producers", page })
  for (let page = 1; page <= productFiles; page++) files.push({ kind: "products", page })
  return files
}

/** `pages.xml`, `producers-2.xml`, `products-1.xml`. */
export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "pages" ? "pages.xml" : `${file.kind}-${file.page}.xml`
}

/** The file a name stands for, or null (unknown names are 404s). */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === "pages.xml") return { kind: "pages" }
  const match = /^(producers|products)-([1-9]\d{0,5})\.xml$/.exec(name)
  return match ? { kind: match[1] as "producers" | "products", page: Number(match[2]) } : null
}

/** The Store API pages (offset, limit) that make up one file of `perFile` items. */
export function apiPagesOfFile(page: number, perFile: number, total: number): { offset: number; limit: number }[] {
  const start = (page - 1) * perFile
  const end = Math.min(start + perFile, total)
  const pages: { offset: number; limit: number }[] = []
  for (let offset = start; offset < end; offset += API_PAGE_SIZE) pages.push({ offset, limit: Math.min(API_PAGE_SIZE, end - offset) })
  return pages
}

/** One page of the shop in every language, with its alternates. */
export type SitemapUrl = {
  loc: string
  alternates: { hreflang: string; href: string }[]
  changefreq?: "daily" | "weekly"
  priority?: number
}

/** The absolute URL of a path without locale ("/products/x") in one language. */
export function localizedUrl(baseUrl: string | URL, locale: AppLocale, path: string): string {
  const suffix = path === "/" ? "" : path
  return new URL(`/${locale}${suffix}`, baseUrl).toString()
}

/** A path as one <url> per language, each naming all the languages and x-default (Thai). */
export function localizedEntries(
  baseUrl: string | URL,
  path: string,
  extra: Pick<SitemapUrl, "changefreq" | "priority"> = {},
): SitemapUrl[] {
  const alternates = [
    ...routing.locales.map((locale) => ({ hreflang: locale, href: localizedUrl(baseUrl, locale, path) })),
    { hreflang: "x-default", href: localizedUrl(baseUrl, routing.defaultLocale, path) },
  ]
  return routing.locales.map((locale) => ({ loc: localizedUrl(baseUrl, locale, path), alternates, ...extra }))
}

/** Path segment of a handle or code, never letting it leave its segment. */
const segment = (value: string) => encodeURIComponent(value)

/** Home, the list of all producer groups, then the categories, regions and provinces that have products. */
export function listingPaths(data: { categories: string[]; regions: string[]; provinces: string[] }): string[] {
  return [
    "/",
    "/producers",
    ...data.categories.map((handle) => `/categories/${segment(handle)}`),
    ...data.regions.map((code) => `/regions/${segment(code)}`),
    ...data.provinces.map((code) => `/provinces/${segment(code)}`),
  ]
}

export const productPath = (handle: string) => `/products/${segment(handle)}`
export const producerPath = (handle: string) => `/producers/${segment(handle)}`

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
}

/** A <urlset> with xhtml:link alternates. */
export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => {
      const parts = [`<loc>${escapeXml(url.loc)}</loc>`]
      for (const alt of url.alternates) {
        parts.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`)
      }
      if (url.changefreq) parts.push(`<changefreq>${url.changefreq}</changefreq>`)
      if (url.priority !== undefined) parts.push(`<priority>${url.priority.toFixed(1)}</priority>`)
      return `<url>${parts.join("")}</url>`
    })
    .join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`
}

/** A <sitemapindex> naming each file under /sitemap/. */
export function sitemapIndexXml(baseUrl: string | URL, files: SitemapFile[]): string {
  const body = files
    .map((file) => `<sitemap><loc>${escapeXml(new URL(`/sitemap/${sitemapFileName(file)}`, baseUrl).toString())}</loc></sitemap>`)
    .join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</sitemapindex>
`
}

/** robots.txt rules: the shop is crawlable; accounts, checkout, the portals and APIs are not. */
export const DISALLOWED_PREFIXES = ["/producer", "/staff", "/account", "/cart", "/checkout", "/order", "/api"] as const

/** Each private area in every language (/th/cart, /en/cart) and without one (/api, /cart redirects). */
export function disallowedPaths(): string[] {
  const localized = routing.locales.flatMap((locale) =>
    DISALLOWED_PREFIXES.filter((p) => p !== "/api").map((prefix) => `/${locale}${prefix}`),
  )
  return [...DISALLOWED_PREFIXES, ...localized]
}

/**
 * Robots rules match by prefix, so "/th/producer" (the portal) would also shut out the public
 * list "/th/producers" and group pages "/th/producers/…": these allows are longer, and the
 * longest match wins (RFC 9309).
 */
export function allowedPaths(): string[] {
  return ["/", "/producers", ...routing.locales.map((locale) => `/${locale}/producers`)]
}
