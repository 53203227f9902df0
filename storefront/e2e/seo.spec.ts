import { expect, test, type APIRequestContext } from "@playwright/test"
import { api, DEMO, publishableKey, signInToken } from "./support"

// Site-wide SEO of the built storefront against the demo data: robots.txt, the sitemap index and
// its files (both languages, hreflang alternates), a product page's JSON-LD, og:image and
// hreflang links, the generated social cards, and the cache revalidation the backend triggers.

const PNG_MAGIC = "89504e470d0a1a0a"
let key: string
let base: string

test.beforeAll(async ({ baseURL }) => {
  key = await publishableKey()
  base = new URL(baseURL!).origin
})

const store = <T>(path: string) => api<T>(path, { headers: { "x-publishable-api-key": key } })

async function text(request: APIRequestContext, path: string, type: RegExp) {
  const res = await request.get(path)
  expect(res.status(), path).toBe(200)
  expect(res.headers()["content-type"], path).toMatch(type)
  return res.text()
}

/** The <url> block of a sitemap file whose <loc> is this URL. */
function urlBlock(xml: string, loc: string): string | undefined {
  return xml.split("<url>").find((block) => block.startsWith(`<loc>${loc}</loc>`))
}

async function expectPng(request: APIRequestContext, url: string) {
  const res = await request.get(url)
  expect(res.status(), url).toBe(200)
  expect(res.headers()["content-type"]).toBe("image/png")
  const body = await res.body()
  expect(body.subarray(0, 8).toString("hex")).toBe(PNG_MAGIC)
  expect(body.readUInt32BE(16)).toBe(1200)
  expect(body.readUInt32BE(20)).toBe(630)
}

test("robots.txt opens the shop, shuts the private areas and names the sitemap", async ({ request }) => {
  const robots = await text(request, "/robots.txt", /text\/plain/)
  for (const line of ["Allow: /", "Allow: /th/producers", "Disallow: /api", "Disallow: /th/producer", "Disallow: /en/checkout", "Disallow: /th/cart", "Disallow: /th/account", "Disallow: /th/staff"]) {
    expect(robots).toContain(line)
  }
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`)
})

test("the sitemap lists every product, group and listing in Thai and English with alternates", async ({ request }) => {
  const index = await text(request, "/sitemap.xml", /xml/)
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(files).toEqual(expect.arrayContaining([`${base}/sitemap/pages.xml`, `${base}/sitemap/producers-1.xml`, `${base}/sitemap/products-1.xml`]))

  // The sitemap reads the catalog through the storefront's cache: compare once both agree (other
  // specs may just have added products, and the revalidation reaches the storefront a moment later).
  let catalog!: { products: { handle: string }[]; count: number; facets: Record<"category" | "region" | "province", { value: string }[]> }
  let products = ""
  await expect(async () => {
    catalog = await store<typeof catalog>("/store/catalog?limit=100&sort=newest")
    expect(catalog.count).toBeGreaterThan(0)
    products = (await Promise.all(files.filter((f) => f.includes("/products-")).map((f) => text(request, new URL(f).pathname, /xml/)))).join("\n")
    // Every product of the catalog, once per language.
    expect(products.match(/<url>/g)).toHaveLength(2 * catalog.count)
  }).toPass({ timeout: 20_000 })
  const groups = await store<{ producer_groups: { handle: string }[]; count: number }>("/store/producer-groups?limit=100")
  expect(groups.count).toBeGreaterThan(0)

  for (const { handle } of catalog.products.slice(0, 20)) {
    const th = `${base}/th/products/${handle}`
    const en = `${base}/en/products/${handle}`
    for (const loc of [th, en]) {
      const block = urlBlock(products, loc)
      expect(block, loc).toBeDefined()
      expect(block).toContain(`<xhtml:link rel="alternate" hreflang="th" href="${th}"/>`)
      expect(block).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${en}"/>`)
      expect(block).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${th}"/>`)
    }
  }

  const producers = await text(request, "/sitemap/producers-1.xml", /xml/)
  expect(producers.match(/<url>/g)).toHaveLength(2 * Math.min(groups.count, 1000))
  for (const { handle } of groups.producer_groups) {
    expect(urlBlock(producers, `${base}/th/producers/${handle}`)).toContain(`hreflang="en" href="${base}/en/producers/${handle}"`)
    expect(urlBlock(producers, `${base}/en/producers/${handle}`)).toBeDefined()
  }

  const pages = await text(request, "/sitemap/pages.xml", /xml/)
  expect(urlBlock(pages, `${base}/th`)).toContain(`hreflang="en" href="${base}/en"`)
  for (const { value } of catalog.facets.category) expect(urlBlock(pages, `${base}/en/categories/${value}`)).toBeDefined()
  for (const { value } of catalog.facets.region) expect(urlBlock(pages, `${base}/th/regions/${value}`)).toBeDefined()
  for (const { value } of catalog.facets.province) expect(urlBlock(pages, `${base}/th/provinces/${value}`)).toBeDefined()

  // Unknown or out-of-range files are 404s, not empty sitemaps.
  expect((await request.get("/sitemap/products-999.xml")).status()).toBe(404)
  expect((await request.get("/sitemap/orders-1.xml")).status()).toBe(404)
})

test("a product page carries JSON-LD, an og:image and hreflang alternates, and its card is a PNG", async ({ page, request }) => {
  const { products } = await store<{ products: { handle: string; title: string }[] }>("/store/catalog?limit=1&sort=rating")
  const { handle } = products[0]
  await page.goto(`/th/products/${handle}`)

  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t))
  const product = jsonLd.flat().find((d) => d["@type"] === "Product")
  expect(product).toBeDefined()
  expect(product.offers).toBeDefined()

  const head = page.locator("head")
  for (const [lang, href] of [["th", `/th/products/${handle}`], ["en", `/en/products/${handle}`], ["x-default", `/th/products/${handle}`]]) {
    await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute("href", `${base}${href}`)
  }
  // An og:image is always named; the product's card is drawn at its opengraph-image route (Next
  // names it in og:image unless the page's own metadata names a picture, as it does today).
  const ogImage = await head.locator('meta[property="og:image"]').first().getAttribute("content")
  expect(ogImage).toBeTruthy()
  expect((await request.get(ogImage!)).status()).toBe(200)
  await expectPng(request, `/th/products/${handle}/opengraph-image`)
})

test("the site, product and producer social cards are PNGs in both languages", async ({ request }) => {
  const { products } = await store<{ products: { handle: string; producer_group: { handle: string } }[] }>("/store/catalog?limit=1")
  for (const locale of ["th", "en"]) {
    await expectPng(request, `/${locale}/opengraph-image`)
    await expectPng(request, `/${locale}/products/${products[0].handle}/opengraph-image`)
    await expectPng(request, `/${locale}/producers/${products[0].producer_group.handle}/opengraph-image`)
  }
  // An unknown product still gets the site's card rather than a broken image.
  await expectPng(request, "/th/products/no-such-product-e2e/opengraph-image")
})

test("home and listing pages name their social card", async ({ page, request }) => {
  const { facets } = await store<{ facets: Record<"category" | "region" | "province", { value: string }[]> }>("/store/catalog?limit=1")
  const pages = [
    ["/th", "/th/opengraph-image"],
    [`/en/categories/${facets.category[0].value}`, `/en/categories/${facets.category[0].value}/opengraph-image`],
    [`/th/regions/${facets.region[0].value}`, `/th/regions/${facets.region[0].value}/opengraph-image`],
    [`/th/provinces/${facets.province[0].value}`, `/th/provinces/${facets.province[0].value}/opengraph-image`],
  ]
  for (const [path, card] of pages) {
    await page.goto(path)
    const ogImage = await page.locator('head meta[property="og:image"]').first().getAttribute("content")
    expect(ogImage, path).toContain(`${base}${card}`)
    await expectPng(request, ogImage!)
  }
})

test("the revalidation route refuses requests without the secret", async ({ request }) => {
  expect((await request.post("/api/revalidate", { data: { tags: ["products"] } })).status()).toBe(401)
  expect((await request.post("/api/revalidate", { data: { tags: ["products"] }, headers: { "x-revalidate-secret": "guess" } })).status()).toBe(401)
})

test("a product edited by its producer shows at once: the backend revalidates the storefront's cache", async ({ page, request }) => {
  test.setTimeout(90_000)
  const token = await signInToken("producer", DEMO.producer)
  const handle = `e2e-seo-${Date.now().toString(36)}`
  const { product } = await api<{ product: { id: string } }>("/producer/products", {
    token,
    body: { handle, title: { th: `น้ำผึ้งทดสอบ ${handle}`, en: `Test honey ${handle}` }, category: "food", status: "published", weight_g: 300, variants: [{ price: "150.00", stock: 5 }] },
  })
  try {
    await page.goto(`/th/products/${handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`น้ำผึ้งทดสอบ ${handle}`)
    // Cached now (for 60 s without revalidation). The producer renames it:
    await api(`/producer/products/${product.id}`, { token, body: { title: { th: `น้ำผึ้งดอกลำไย ${handle}`, en: `Longan honey ${handle}` } } })
    const renamedAt = Date.now()
    await expect(async () => {
      await page.goto(`/th/products/${handle}`)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`น้ำผึ้งดอกลำไย ${handle}`, { timeout: 1000 })
    }).toPass({ timeout: 30_000, intervals: [500, 1000] })
    // Well inside the 60 s the cache would otherwise keep the old title.
    expect(Date.now() - renamedAt).toBeLessThan(30_000)
    // The sitemap (cached with the same tags) lists the new product too.
    await expect(async () => expect(await text(request, "/sitemap/products-1.xml", /xml/)).toContain(`${base}/en/products/${handle}</loc>`)).toPass({ timeout: 15_000 })
  } finally {
    await api(`/producer/products/${product.id}`, { token, method: "DELETE" })
  }
})
