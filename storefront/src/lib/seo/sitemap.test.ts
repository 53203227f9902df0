import {
  allowedPaths,
  apiPagesOfFile,
  disallowedPaths,
  listingPaths,
  localizedEntries,
  parseSitemapFileName,
  planSitemapFiles,
  producerPath,
  productPath,
  sitemapFileName,
  sitemapIndexXml,
  urlsetXml,
} from "./sitemap"

const BASE = "https://otop.example.th"

describe("sitemap files", () => {
  it("plans one listing file and enough group and product files for the catalog", () => {
    expect(planSitemapFiles({ products: 0, groups: 0 }).map(sitemapFileName)).toEqual(["pages.xml", "producers-1.xml", "products-1.xml"])
    expect(planSitemapFiles({ products: 20_000, groups: 1001 }).map(sitemapFileName)).toEqual([
      "pages.xml",
      "producers-1.xml",
      "producers-2.xml",
      ...Array.from({ length: 20 }, (_, i) => `products-${i + 1}.xml`),
    ])
  })

  it("reads back only the names it writes", () => {
    for (const file of planSitemapFiles({ products: 2500, groups: 10 })) expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file)
    for (const bad of ["products-0.xml", "products-1", "products-01.xml", "../products-1.xml", "orders-1.xml", "pages.xml.gz", "products-1234567.xml"]) {
      expect(parseSitemapFileName(bad)).toBeNull()
    }
  })

  it("reads a file's items in Store API pages of at most 100, stopping at the total", () => {
    expect(apiPagesOfFile(1, 1000, 250)).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100 },
      { offset: 200, limit: 50 },
    ])
    expect(apiPagesOfFile(2, 1000, 2150)).toHaveLength(10)
    expect(apiPagesOfFile(2, 1000, 2150)[0]).toEqual({ offset: 1000, limit: 100 })
    expect(apiPagesOfFile(3, 1000, 2150)).toEqual([{ offset: 2000, limit: 100 }, { offset: 2100, limit: 50 }])
    expect(apiPagesOfFile(4, 1000, 2150)).toEqual([])
  })
})

describe("sitemap URLs", () => {
  it("lists a page once per language, each with th, en and x-default (Thai) alternates", () => {
    const entries = localizedEntries(BASE, productPath("mudmee-silk"))
    expect(entries.map((e) => e.loc)).toEqual([`${BASE}/th/products/mudmee-silk`, `${BASE}/en/products/mudmee-silk`])
    for (const entry of entries) {
      expect(entry.alternates).toEqual([
        { hreflang: "th", href: `${BASE}/th/products/mudmee-silk` },
        { hreflang: "en", href: `${BASE}/en/products/mudmee-silk` },
        { hreflang: "x-default", href: `${BASE}/th/products/mudmee-silk` },
      ])
    }
    expect(localizedEntries(BASE, "/").map((e) => e.loc)).toEqual([`${BASE}/th`, `${BASE}/en`])
  })

  it("lists home, all producer groups, the categories, regions and provinces with products", () => {
    expect(listingPaths({ categories: ["food", "textile-apparel"], regions: ["north"], provinces: ["32", "50"] })).toEqual([
      "/",
      "/producers",
      "/categories/food",
      "/categories/textile-apparel",
      "/regions/north",
      "/provinces/32",
      "/provinces/50",
    ])
  })

  it("keeps a handle inside its path segment", () => {
    expect(producerPath("a/../b")).toBe("/producers/a%2F..%2Fb")
  })
})

describe("sitemap XML", () => {
  it("writes a urlset with xhtml alternates, escaping what XML needs", () => {
    const xml = urlsetXml([
      { loc: `${BASE}/th?a=1&b=2`, alternates: [{ hreflang: "en", href: `${BASE}/en?a=1&b=2` }], changefreq: "daily", priority: 1 },
    ])
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')
    expect(xml).toContain(
      `<url><loc>${BASE}/th?a=1&amp;b=2</loc><xhtml:link rel="alternate" hreflang="en" href="${BASE}/en?a=1&amp;b=2"/><changefreq>daily</changefreq><priority>1.0</priority></url>`,
    )
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })

  it("writes an index of absolute file URLs", () => {
    const xml = sitemapIndexXml(`${BASE}/`, planSitemapFiles({ products: 1, groups: 1 }))
    expect(xml).toContain("<sitemapindex")
    expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      `<loc>${BASE}/sitemap/pages.xml</loc>`,
      `<loc>${BASE}/sitemap/producers-1.xml</loc>`,
      `<loc>${BASE}/sitemap/products-1.xml</loc>`,
    ])
  })
})

describe("robots rules", () => {
  it("shuts the portals, account, cart, checkout, orders and APIs in every language", () => {
    const disallowed = disallowedPaths()
    for (const path of ["/api", "/th/producer", "/en/producer", "/th/staff", "/th/account", "/en/cart", "/th/checkout", "/en/order"]) {
      expect(disallowed).toContain(path)
    }
    expect(disallowed).not.toContain("/th/products")
  })

  it("keeps the list of groups and the public group pages open despite the portal's prefix (longer allow wins)", () => {
    const allowed = allowedPaths()
    for (const groupPage of ["/th/producers/ban-na-weavers", "/en/producers/ban-na-weavers", "/th/producers", "/en/producers?page=2"]) {
      const allow = allowed.filter((a) => groupPage.startsWith(a)).sort((a, b) => b.length - a.length)[0]
      const disallow = disallowedPaths().filter((d) => groupPage.startsWith(d)).sort((a, b) => b.length - a.length)[0]
      expect(allow.length).toBeGreaterThan(disallow.length)
    }
    // The portal itself stays shut: no allow is a longer match for it.
    const portal = "/th/producer/products"
    const allow = allowed.filter((a) => portal.startsWith(a)).sort((a, b) => b.length - a.length)[0] ?? ""
    expect(allow.length).toBeLessThan("/th/producer".length)
  })
})
