import { expect, test, type Locator, type Page } from "@playwright/test"
import { api, DEMO, publishableKey, signInToken } from "./support"

// A consumer finds products by their trust data on /search and trusts a product from its page.
// Every expectation is computed here from the Store API (all catalog products, read 100 at a
// time), never from the page itself, so the demo catalog may change without editing this file.

type ApiCertification = { scheme: string; number: string | null; lookup_url: string | null; expires_at: string | null }
type ApiProduct = {
  id: string
  handle: string
  title: string
  otop_grade: { stars: number; round_be: number } | null
  certifications: ApiCertification[]
  fabric: { fiber: string; techniques: string[]; dye: string | null } | null
  rating: { average: number | null; count: number }
}
type ApiFacets = Record<string, { value: string | number; count: number }[]>
type ApiCatalog = { products: ApiProduct[]; count: number; facets: ApiFacets }
type Term = { code: string; th: string; en: string }

const PAGE_SIZE = 24
let key: string

async function store<T>(path: string): Promise<T> {
  key ??= await publishableKey()
  return api<T>(path, { headers: { "x-publishable-api-key": key } })
}

/** Every product of the catalog, through the API's 100-per-request pages. */
async function allProducts(): Promise<ApiProduct[]> {
  const products: ApiProduct[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await store<ApiCatalog>(`/store/catalog?limit=100&offset=${offset}`)
    products.push(...page.products)
    if (products.length >= page.count || page.products.length === 0) return products
  }
}

const isFiveStarGiNaturalDye = (p: ApiProduct) =>
  (p.otop_grade?.stars ?? 0) >= 5 && p.certifications.some((c) => c.scheme === "gi") && p.fabric?.dye === "NATURAL"

function option(page: Page, facet: string, value: string | number | boolean): Locator {
  return page.getByTestId("facet-panel").locator(`a[data-facet="${facet}"][data-value="${value}"]`)
}

/** On a phone the filters fold into a summary: open it when the choice is not visible. */
async function choose(page: Page, facet: string, value: string | number | boolean, urlPart: RegExp) {
  const link = option(page, facet, value)
  if (!(await link.isVisible())) await page.getByTestId("facet-panel").locator(":scope > summary").click()
  await link.click()
  await expect(page).toHaveURL(urlPart)
}

/** The product cards of the page, in order, once the page shows `count` results. */
async function shownHandles(page: Page, count: number): Promise<string[]> {
  await expect(page.getByTestId("result-count")).toHaveAttribute("data-count", String(count))
  return page.getByTestId("product-card").evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.handle!))
}

/** Every count shown in the filter panel equals the API's facet count for the same filters. */
async function expectCountsMatch(page: Page, apiQuery: string) {
  const { facets } = await store<ApiCatalog>(`/store/catalog?limit=1&${apiQuery}`)
  const shown = await page
    .getByTestId("facet-panel")
    .locator("a[data-facet][data-count]")
    .evaluateAll((links) => links.map((a) => ({ facet: a.getAttribute("data-facet")!, value: a.getAttribute("data-value")!, count: Number(a.getAttribute("data-count")) })))
  expect(shown.length).toBeGreaterThan(5)
  const countOf = (facet: string, value: string) => facets[facet]?.find((f) => String(f.value) === value)?.count ?? 0
  for (const { facet, value, count } of shown) {
    const expected =
      facet === "stars"
        ? facets.stars.filter((f) => Number(f.value) >= Number(value)).reduce((sum, f) => sum + f.count, 0)
        : facet === "gi"
          ? countOf("cert", "gi")
          : countOf(facet, value)
    expect({ facet, value, count }).toEqual({ facet, value, count: expected })
  }
  // And no value with products is missing from the panel (GI is its own choice, above the others).
  for (const facet of ["category", "region", "province", "cert", "fiber", "technique", "dye", "soft_power"]) {
    for (const f of facets[facet] ?? []) {
      if (f.count > 0 && !(facet === "cert" && f.value === "gi")) await expect(option(page, facet, f.value)).toHaveCount(1)
    }
  }
}

async function filterToFiveStarsGiNaturalDye(page: Page, panelAlwaysOpen: boolean) {
  const expected = (await allProducts()).filter(isFiveStarGiNaturalDye).map((p) => p.handle).sort()
  // The demo catalog has such products (e.g. Kalasin's Praewa silk); without them this test proves nothing.
  expect(expected.length).toBeGreaterThan(0)

  await page.goto("/th/search")
  // Phones see a folded "ตัวกรอง" summary; desktops the choices themselves.
  if (panelAlwaysOpen) await expect(option(page, "stars", 5)).toBeVisible()
  else await expect(option(page, "stars", 5)).toBeHidden()
  await expectCountsMatch(page, "")
  await choose(page, "stars", 5, /[?&]stars=5/)
  await choose(page, "gi", true, /[?&]gi=true/)
  await choose(page, "dye", "NATURAL", /[?&]dye=NATURAL/)
  await expect(page).toHaveURL(/\/th\/search\?(?=.*dye=NATURAL)(?=.*stars=5)(?=.*gi=true)/)

  expect((await shownHandles(page, expected.length)).sort()).toEqual(expected)
  await expectCountsMatch(page, "min_stars=5&gi=true&dye=NATURAL")
  // Each result shows its official grade with the round, and its verified GI badge.
  for (const card of await page.getByTestId("product-card").all()) {
    await expect(card.getByTestId("otop-grade")).toHaveText(/OTOP 5 ดาว ปี 25\d\d/)
    await expect(card.locator('[data-testid="cert-badge"][data-scheme="gi"]')).toHaveCount(1)
  }
  // The chosen filters are chips; one removed, the results widen to what the API says.
  await expect(page.getByTestId("active-filter")).toHaveText(["OTOP ระดับ 5 ดาว", "สิ่งบ่งชี้ทางภูมิศาสตร์ (GI)", "ย้อมสีธรรมชาติ"])
  return expected
}

test.describe("Thai consumer on a phone", () => {
  test('filters to "5 stars, GI, natural dye" by clicking and gets exactly the matching products, with the API\'s counts', async ({ page }) => {
    await filterToFiveStarsGiNaturalDye(page, false)
    await page.screenshot({ path: "test-results/catalog-phone-search.png", fullPage: true })
  })

  test("finds the mudmee silk with a Thai search from the header", async ({ page }) => {
    const query = "มัดหมี่"
    const expected = await store<ApiCatalog>(`/store/catalog?limit=100&q=${encodeURIComponent(query)}`)
    expect(expected.products.some((p) => p.handle.includes("mudmee"))).toBe(true)
    await page.goto("/th")
    const box = page.getByRole("search", { name: "ค้นหาสินค้า" }).getByRole("searchbox")
    await box.fill(query)
    await box.press("Enter")
    await expect(page).toHaveURL(new RegExp(`/th/search\\?q=${encodeURIComponent(query)}`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`ผลการค้นหา “${query}”`)
    const shown = await shownHandles(page, expected.count)
    expect([...shown].sort()).toEqual(expected.products.map((p) => p.handle).sort())
    expect(shown.some((handle) => handle.includes("mudmee"))).toBe(true)
  })

  test("pages through the catalog on the server, keeping the filters", async ({ page }) => {
    const all = await store<ApiCatalog>("/store/catalog?limit=1")
    expect(all.count).toBeGreaterThan(PAGE_SIZE)
    const pages = Math.ceil(all.count / PAGE_SIZE)
    await page.goto("/th/search")
    const first = await store<ApiCatalog>(`/store/catalog?limit=${PAGE_SIZE}&offset=0`)
    expect(await shownHandles(page, all.count)).toEqual(first.products.map((p) => p.handle))
    await page.getByRole("link", { name: "ถัดไป" }).click()
    await expect(page).toHaveURL(/[?&]page=2/)
    const second = await store<ApiCatalog>(`/store/catalog?limit=${PAGE_SIZE}&offset=${PAGE_SIZE}`)
    await expect(page.getByTestId("product-card").first()).toHaveAttribute("data-handle", second.products[0].handle)
    expect(await shownHandles(page, all.count)).toEqual(second.products.map((p) => p.handle))
    await expect(page.getByText(`หน้า 2 จาก ${pages}`)).toBeVisible()

    // The last page holds the remainder; a page past the end says so and links back.
    await page.goto(`/th/search?page=${pages}`)
    const last = await store<ApiCatalog>(`/store/catalog?limit=${PAGE_SIZE}&offset=${(pages - 1) * PAGE_SIZE}`)
    expect(await shownHandles(page, all.count)).toEqual(last.products.map((p) => p.handle))
    await page.goto(`/th/search?page=${pages + 3}`)
    await expect(page.getByText(`ไม่มีหน้า ${pages + 3} ผลการค้นหานี้มีทั้งหมด ${pages} หน้า`)).toBeVisible()

    // With a filter, the next page keeps it.
    const textiles = await store<ApiCatalog>("/store/catalog?limit=1&category=textile-apparel")
    await page.goto("/th/search?category=textile-apparel&sort=price_asc")
    expect(await page.getByTestId("product-card").count()).toBe(Math.min(PAGE_SIZE, textiles.count))
    if (textiles.count > PAGE_SIZE) {
      await page.getByRole("link", { name: "ถัดไป" }).click()
      await expect(page).toHaveURL(/(?=.*category=textile-apparel)(?=.*sort=price_asc)(?=.*page=2)/)
    }
  })

  test("an empty result names the filter to drop and how many products that brings back", async ({ page }) => {
    // Graded products at one baht or less: none; without the price limit, the graded ones come back.
    const [twoStars, both] = await Promise.all([
      store<ApiCatalog>("/store/catalog?limit=1&min_stars=2"),
      store<ApiCatalog>("/store/catalog?limit=1&min_stars=2&price_max=1"),
    ])
    expect(both.count).toBe(0)
    expect(twoStars.count).toBeGreaterThan(0)
    await page.goto("/th/search?stars=2&price_max=1")
    await expect(page.getByTestId("empty-results")).toBeVisible()
    await expect(page.getByTestId("empty-results")).toContainText(`ตัวกรอง “ไม่เกิน ฿1.00” จำกัดผลมากที่สุด ถ้าเอาออกจะพบ ${twoStars.count} รายการ`)
    await page.getByTestId("relax-filter").click()
    await expect(page).toHaveURL(/\/th\/search\?stars=2$/)
    await expect(page.getByTestId("result-count")).toHaveAttribute("data-count", String(twoStars.count))
  })
})

test.describe("Thai consumer on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test('filters to "5 stars, GI, natural dye" with the panel always open, then removes and clears filters', async ({ page }) => {
    await filterToFiveStarsGiNaturalDye(page, true)
    await page.screenshot({ path: "test-results/catalog-desktop-search.png", fullPage: true })
    // Removing the dye chip widens the results to 5-star GI products.
    const wider = await store<ApiCatalog>("/store/catalog?limit=100&min_stars=5&gi=true")
    await page.getByRole("link", { name: "เอาตัวกรอง ย้อมสีธรรมชาติ ออก" }).click()
    await expect(page).not.toHaveURL(/dye=/)
    expect((await shownHandles(page, wider.count)).sort()).toEqual(wider.products.map((p) => p.handle).sort())
    await page.getByTestId("clear-filters").click()
    await expect(page).toHaveURL(/\/th\/search$/)
    // Sorting by price keeps the order the API gives.
    await page.getByLabel("เรียงตาม").selectOption("price_asc")
    await expect(page).toHaveURL(/sort=price_asc/)
    const cheapest = await store<ApiCatalog>(`/store/catalog?limit=${PAGE_SIZE}&sort=price_asc`)
    expect(await shownHandles(page, cheapest.count)).toEqual(cheapest.products.map((p) => p.handle))
  })

  test("the product page shows the official grade with its round, verified badges with look-ups, fabric, and buyer reviews apart", async ({ page }) => {
    const products = await allProducts()
    // A graded textile with a verified certification that has an issuer look-up; reviewed if one is.
    const candidates = products.filter((p) => p.otop_grade && p.fabric && p.certifications.some((c) => c.lookup_url))
    expect(candidates.length).toBeGreaterThan(0)
    const product = candidates.find((p) => p.rating.count > 0) ?? candidates[0]
    const { trust } = await store<{ trust: { grades: { stars: number; round_be: number }[]; certifications: ApiCertification[] } }>(
      `/store/products/${product.id}/trust`,
    )
    const reviews = await store<{ count: number; rating: { average: number | null; count: number } }>(`/store/products/${product.id}/reviews`)
    const vocabularies = await store<{ fiber: Term[]; dye: Term[] }>("/store/vocabularies")

    await page.goto(`/th/products/${product.handle}`)
    const grade = `OTOP ${product.otop_grade!.stars} ดาว ปี ${product.otop_grade!.round_be}`
    const official = page.getByTestId("official-grade")
    await expect(official.getByTestId("otop-grade")).toContainText(grade)
    await expect(official.getByTestId("grade-history").getByRole("listitem")).toHaveCount(trust.grades.length)

    const badges = page.getByTestId("trust-section").getByTestId("cert-badge")
    await expect(badges).toHaveCount(trust.certifications.length)
    for (const cert of trust.certifications) {
      const badge = page.getByTestId("trust-section").locator(`[data-testid="cert-badge"][data-scheme="${cert.scheme}"]`).first()
      if (cert.number) await expect(badge).toContainText(cert.number)
      if (cert.lookup_url) await expect(badge.getByTestId("cert-lookup")).toHaveAttribute("href", cert.lookup_url)
    }

    const fabric = page.getByTestId("fabric-attributes")
    await expect(fabric.locator('[data-attribute="fiber"]')).toHaveText(vocabularies.fiber.find((t) => t.code === product.fabric!.fiber)!.th)
    if (product.fabric!.dye) await expect(fabric.locator('[data-attribute="dye"]')).toHaveText(vocabularies.dye.find((t) => t.code === product.fabric!.dye)!.th)

    // Buyer reviews: their own section, count from the reviews API, never inside the grade panel.
    const reviewsSection = page.getByTestId("reviews-section")
    await expect(reviewsSection.getByRole("heading", { name: "รีวิวจากผู้ซื้อ" })).toBeVisible()
    await expect(reviewsSection.getByTestId("buyer-rating")).toHaveAttribute("data-count", String(reviews.rating.count))
    await expect(reviewsSection).not.toContainText(grade)
    await expect(page.getByTestId("trust-section").getByTestId("buyer-rating")).toHaveCount(0)
    await expect(reviewsSection.getByTestId("review")).toHaveCount(Math.min(reviews.count, 10))

    await page.screenshot({ path: "test-results/catalog-product.png", fullPage: true })
    // Search engines get the buyers' rating, never the official grade, as aggregateRating.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
    if (reviews.rating.count > 0) {
      expect(jsonLd.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: reviews.rating.average, reviewCount: reviews.rating.count, bestRating: 5, worstRating: 1 })
    } else {
      expect(jsonLd.aggregateRating).toBeUndefined()
    }
  })

  test("a certification that has expired shows no badge", async ({ page }) => {
    const token = await signInToken("cdd_staff", DEMO.staffNational)
    const { certifications } = await api<{ certifications: { scheme: string; product: { id: string; handle: string } | null }[] }>(
      "/staff/certifications?status=expired&limit=100",
      { token },
    )
    const expired = certifications.find((c) => c.product)
    expect(expired).toBeTruthy()
    const { scheme, product } = expired!
    const listed = (await allProducts()).find((p) => p.id === product!.id)
    expect(listed).toBeTruthy()
    // The catalog no longer lists it as a badge of that product (and no other live one of that scheme).
    expect(listed!.certifications.map((c) => c.scheme)).not.toContain(scheme)

    await page.goto(`/th/products/${product!.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    // (Related products further down the page are other products: only this product's own badges count.)
    await expect(page.getByTestId("trust-section").locator(`[data-testid="cert-badge"][data-scheme="${scheme}"]`)).toHaveCount(0)
    await expect(page.getByTestId("trust-section").getByTestId("cert-badge")).toHaveCount(listed!.certifications.length)
    // Nor does its card in the search results.
    await page.goto(`/th/search?q=${encodeURIComponent(listed!.title)}`)
    const card = page.locator(`[data-testid="product-card"][data-handle="${listed!.handle}"]`)
    await expect(card).toBeVisible()
    await expect(card.locator(`[data-testid="cert-badge"][data-scheme="${scheme}"]`)).toHaveCount(0)
  })
})

test.describe("English reader", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test("searches and filters in English, with Christian-era rounds", async ({ page }) => {
    const expected = await store<ApiCatalog>("/store/catalog?limit=100&q=mudmee&locale=en")
    expect(expected.count).toBeGreaterThan(0)
    await page.goto("/en")
    const box = page.getByRole("search", { name: "Search products" }).getByRole("searchbox")
    await box.fill("mudmee")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/en\/search\?q=mudmee/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “mudmee”")
    expect((await shownHandles(page, expected.count)).sort()).toEqual(expected.products.map((p) => p.handle).sort())
    await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${expected.count} products?`))
    await expect(page.getByRole("heading", { name: "OTOP star grade" })).toBeVisible()

    await page.goto("/en/search")
    await choose(page, "stars", 5, /[?&]stars=5/)
    await expect(option(page, "stars", 5)).toContainText("5 stars")
    await expect(option(page, "stars", 5)).toHaveAttribute("aria-current", "true")
    const fiveStars = await store<ApiCatalog>("/store/catalog?limit=100&min_stars=5&locale=en")
    expect((await shownHandles(page, fiveStars.count)).sort()).toEqual(fiveStars.products.map((p) => p.handle).sort())
    const first = fiveStars.products[0]
    const card = page.locator(`[data-testid="product-card"][data-handle="${first.handle}"]`)
    await expect(card.getByTestId("otop-grade")).toHaveText(`Official OTOP star grade: OTOP 5-star, ${first.otop_grade!.round_be - 543} round`)
    await expect(card.getByRole("heading", { level: 3 })).toHaveText(first.title)
    await expect(page.getByTestId("active-filter")).toHaveText(["OTOP 5 stars"])
  })
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test("filter links, the price form and sorting still work", async ({ page }) => {
    const expected = await store<ApiCatalog>("/store/catalog?limit=100&min_stars=4&price_max=1000&sort=price_desc")
    await page.goto("/th/search")
    await option(page, "stars", 4).click()
    await expect(page).toHaveURL(/[?&]stars=4/)
    await page.getByLabel("สูงสุด (บาท)").fill("1000")
    await page.getByRole("button", { name: "ใช้ช่วงราคา" }).click()
    await expect(page).toHaveURL(/(?=.*stars=4)(?=.*price_max=1000)/)
    await page.getByLabel("เรียงตาม").selectOption("price_desc")
    await page.getByRole("button", { name: "จัดเรียง" }).click()
    await expect(page).toHaveURL(/(?=.*stars=4)(?=.*price_max=1000)(?=.*sort=price_desc)/)
    expect(await shownHandles(page, expected.count)).toEqual(expected.products.slice(0, PAGE_SIZE).map((p) => p.handle))
  })
})
