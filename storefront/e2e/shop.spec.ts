import { expect, test, type Locator, type Page } from "@playwright/test"
import { api, publishableKey } from "./support"

// A consumer browses the shop: home → a category → filters by clicking → a product → its
// producer group → its province; paging; the English pages; unknown addresses. Every expectation
// comes from the Store API (never from the page), so the demo catalog may change.

type ApiProduct = {
  id: string
  handle: string
  title: string
  otop_grade: { stars: number; round_be: number } | null
  certifications: { scheme: string }[]
  producer_group: { handle: string; name: string; province_code: string }
}
type ApiFacets = Record<string, { value: string | number; count: number }[]>
type ApiCatalog = { products: ApiProduct[]; count: number; facets: ApiFacets }
type ApiGroup = {
  handle: string
  name_th: string
  name_en: string | null
  region: string
  location: { province_code: string; province_th: string; province_en: string; district_th: string; subdistrict_th: string }
  certifications: { scheme: string }[]
}

const PAGE_SIZE = 24
let key: string

async function store<T>(path: string): Promise<T> {
  key ??= await publishableKey()
  return api<T>(path, { headers: { "x-publishable-api-key": key } })
}

const catalog = (query: string) => store<ApiCatalog>(`/store/catalog?${query}`)

/** The value of a facet with the most products (ties: the API's order). */
function biggest(facets: ApiFacets, name: string): string {
  const top = [...(facets[name] ?? [])].filter((f) => f.count > 0).sort((a, b) => b.count - a.count)[0]
  expect(top, `the demo catalog has products for facet ${name}`).toBeTruthy()
  return String(top.value)
}

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

async function shownHandles(page: Page, count: number): Promise<string[]> {
  await expect(page.getByTestId("result-count")).toHaveAttribute("data-count", String(count))
  return page.locator("#products").getByTestId("product-card").evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.handle!))
}

async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((text) => JSON.parse(text))
}

test.describe("Thai buyer on a phone", () => {
  test.setTimeout(120_000)

  test("home → category → 'stars' and a certification by clicking → product (grade, badges, group, related) → producer → province", async ({ page }) => {
    // Home: the 5-star section is the API's 5-star search, each card with its official grade.
    const fiveStar = await catalog("min_stars=5&limit=4") // HOME_SECTION_SIZE
    expect(fiveStar.count).toBeGreaterThan(0)
    await page.goto("/th")
    const featured = page.getByTestId("home-five-star").getByTestId("product-card")
    await expect(featured).toHaveCount(fiveStar.products.length)
    expect(await featured.evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.handle))).toEqual(fiveStar.products.map((p) => p.handle))
    for (const card of await featured.all()) await expect(card.getByTestId("otop-grade")).toContainText("5 ดาว")
    await expect(page.getByTestId("home-regions").getByRole("link")).toHaveCount(6)
    await expect(page.getByTestId("home-groups").getByTestId("group-card").first()).toBeVisible()
    await expect(page.getByTestId("home-provinces").getByRole("link").first()).toBeVisible()

    // A category from its tile.
    const all = await catalog("limit=1")
    const category = biggest(all.facets, "category")
    await page.locator(`#categories a[href="/th/categories/${category}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/th/categories/${category}$`))
    const inCategory = await catalog(`category=${category}&limit=${PAGE_SIZE}`)
    expect((await shownHandles(page, inCategory.count)).sort()).toEqual(inCategory.products.map((p) => p.handle).sort())
    // The page fixes the category: no category filter in its panel.
    await expect(page.getByTestId("facet-panel").locator('[data-facet="category"]')).toHaveCount(0)

    // The highest grade that has products, then a certification that the graded ones carry.
    const stars = Math.max(...inCategory.facets.stars.filter((f) => f.count > 0).map((f) => Number(f.value)))
    await choose(page, "stars", stars, new RegExp(`/th/categories/${category}\\?stars=${stars}$`))
    const graded = await catalog(`category=${category}&min_stars=${stars}&limit=${PAGE_SIZE}`)
    expect((await shownHandles(page, graded.count)).sort()).toEqual(graded.products.map((p) => p.handle).sort())
    const cert = biggest(graded.facets, "cert")
    if (cert === "gi") await choose(page, "gi", true, /[?&]gi=true/)
    else await choose(page, "cert", cert, new RegExp(`[?&]cert=${cert}`))
    const certified = await catalog(`category=${category}&min_stars=${stars}&${cert === "gi" ? "gi=true" : `cert=${cert}`}&limit=${PAGE_SIZE}`)
    expect(certified.count).toBeGreaterThan(0)
    expect((await shownHandles(page, certified.count)).sort()).toEqual(certified.products.map((p) => p.handle).sort())
    const cards = page.locator("#products").getByTestId("product-card")
    for (const card of await cards.all()) await expect(card.locator(`[data-testid="cert-badge"][data-scheme="${cert}"]`)).toHaveCount(1)
    await expect(page.getByTestId("active-filter")).toHaveCount(2)
    await page.screenshot({ path: "test-results/shop-phone-category.png", fullPage: true })

    // The product: grade with round, badges, the group card, related products as the API has them.
    // Take one that has related products (another of its group, or of its province).
    let product = certified.products[0]
    for (const candidate of certified.products) {
      const [group, province] = await Promise.all([
        catalog(`group=${candidate.producer_group.handle}&limit=1`),
        catalog(`province=${candidate.producer_group.province_code}&limit=1`),
      ])
      if (group.count > 1 || province.count > 1) {
        product = candidate
        break
      }
    }
    await page.locator(`#products [data-testid="product-card"][data-handle="${product.handle}"]`).getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/th/products/${product.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
    await expect(page.getByTestId("official-grade").getByTestId("otop-grade")).toContainText(`OTOP ${product.otop_grade!.stars} ดาว ปี ${product.otop_grade!.round_be}`)
    await expect(page.getByTestId("trust-section").locator(`[data-testid="cert-badge"][data-scheme="${cert}"]`).first()).toBeVisible()
    await expect(page.locator("main").getByText("รวม VAT แล้ว", { exact: true })).toBeVisible()
    const escaped = product.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    await expect(page.getByTestId("product-gallery").getByRole("img").first()).toHaveAttribute("alt", new RegExp(escaped))
    const group = await store<{ producer_group: ApiGroup }>(`/store/producer-groups/${product.producer_group.handle}`).then((r) => r.producer_group)
    const groupCard = page.locator(`[data-testid="group-card"][data-handle="${group.handle}"]`)
    await expect(groupCard.getByRole("heading", { level: 2 })).toHaveText(group.name_th)
    await expect(groupCard).toContainText(group.location.province_th)

    const [sameGroup, sameProvince] = await Promise.all([
      catalog(`group=${group.handle}&limit=5`),
      catalog(`province=${group.location.province_code}&limit=9`),
    ])
    const expectedGroup = sameGroup.products.filter((p) => p.handle !== product.handle).slice(0, 4).map((p) => p.handle)
    const expectedProvince = sameProvince.products
      .filter((p) => p.handle !== product.handle && p.producer_group.handle !== group.handle)
      .slice(0, 4)
      .map((p) => p.handle)
    const related = (testId: string) => page.getByTestId(testId).getByTestId("product-card").evaluateAll((c) => c.map((card) => (card as HTMLElement).dataset.handle))
    if (expectedGroup.length) expect(await related("related-group")).toEqual(expectedGroup)
    else await expect(page.getByTestId("related-group")).toHaveCount(0)
    if (expectedProvince.length) expect(await related("related-province")).toEqual(expectedProvince)
    else await expect(page.getByTestId("related-province")).toHaveCount(0)
    expect(expectedGroup.length + expectedProvince.length, "the demo product has related products").toBeGreaterThan(0)

    // Search engines get the product with THB offers and a breadcrumb trail.
    const data = await jsonLd(page)
    const productData = data.find((d) => d["@type"] === "Product")!
    expect(productData.offers.length).toBeGreaterThan(0)
    for (const offer of productData.offers) expect(offer).toMatchObject({ priceCurrency: "THB", availability: expect.stringMatching(/^https:\/\/schema\.org\//) })
    expect(data.find((d) => d["@type"] === "BreadcrumbList")!.itemListElement.at(-1).name).toBe(product.title)
    await page.screenshot({ path: "test-results/shop-phone-product.png", fullPage: true })

    // The producer group's page: story, location, its certifications, its products.
    await groupCard.getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/th/producers/${group.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.name_th)
    const location = page.getByTestId("producer-location")
    await expect(location).toContainText(group.location.subdistrict_th)
    await expect(location).toContainText(group.location.district_th)
    await expect(page.getByTestId("group-certifications").getByTestId("cert-badge")).toHaveCount(group.certifications.length)
    const groupProducts = await catalog(`group=${group.handle}&limit=${PAGE_SIZE}`)
    expect(await shownHandles(page, groupProducts.count)).toEqual(groupProducts.products.map((p) => p.handle))
    expect((await jsonLd(page)).some((d) => d["@type"] === "LocalBusiness" && d.name === group.name_th)).toBe(true)

    // Its province.
    await location.getByRole("link", { name: group.location.province_th }).click()
    await expect(page).toHaveURL(new RegExp(`/th/provinces/${group.location.province_code}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`สินค้า OTOP ${group.location.province_th}`)
    const province = await catalog(`province=${group.location.province_code}&limit=${PAGE_SIZE}`)
    expect(await shownHandles(page, province.count)).toEqual(province.products.map((p) => p.handle))
    await expect(page.locator(`[data-testid="group-card"][data-handle="${group.handle}"]`)).toBeVisible()
    await page.screenshot({ path: "test-results/shop-phone-province.png", fullPage: true })
  })

  test("'see all' new arrivals pages on the server: page 2 is the API's next 24", async ({ page }) => {
    const first = await catalog(`sort=newest&limit=${PAGE_SIZE}`)
    expect(first.count).toBeGreaterThan(PAGE_SIZE)
    await page.goto("/th")
    await page.getByTestId("home-new").getByRole("link", { name: /ดูทั้งหมด/ }).click()
    await expect(page).toHaveURL(/\/th\/search\?sort=newest$/)
    expect(await shownHandles(page, first.count)).toEqual(first.products.map((p) => p.handle))
    await page.getByRole("link", { name: "ถัดไป" }).click()
    await expect(page).toHaveURL(/\/th\/search\?sort=newest&page=2/)
    const second = await catalog(`sort=newest&limit=${PAGE_SIZE}&offset=${PAGE_SIZE}`)
    expect(await shownHandles(page, first.count)).toEqual(second.products.map((p) => p.handle))
  })

  test("unknown categories, provinces, regions and producer groups are the 404 page", async ({ page }) => {
    for (const path of ["/th/categories/no-such-category", "/th/provinces/99", "/th/regions/atlantis", "/th/producers/no-such-group"]) {
      const response = await page.goto(path)
      expect([path, response?.status()]).toEqual([path, 404])
    }
  })
})

test.describe("English reader on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test("a region, its provinces and a producer page in English, with hreflang alternates", async ({ page }) => {
    const all = await catalog("limit=1&locale=en")
    const region = biggest(all.facets, "region")
    await page.goto("/en")
    await page.getByTestId("home-regions").locator(`a[data-region="${region}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/en/regions/${region}$`))
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^OTOP products from the /)
    const inRegion = await catalog(`region=${region}&limit=${PAGE_SIZE}&locale=en`)
    expect(await shownHandles(page, inRegion.count)).toEqual(inRegion.products.map((p) => p.handle))
    // The region's provinces, each with its count.
    const provinces = inRegion.facets.province.filter((f) => f.count > 0)
    await expect(page.getByTestId("province-links").getByRole("link")).toHaveCount(provinces.length)
    const province = String(provinces[0].value)
    await page.getByTestId("province-links").locator(`a[data-province="${province}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/en/provinces/${province}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^OTOP products from [A-Z]/)
    // Breadcrumb: home › region › province.
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveCount(2)

    // hreflang: th, en and x-default, absolute, as a crawler gets them: on a page load (after
    // client-side navigation the previous page's head tags may linger for a moment).
    await page.reload()
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])),
    )
    expect(alternates.th).toMatch(new RegExp(`^https?://.+/th/provinces/${province}$`))
    expect(alternates.en).toMatch(new RegExp(`/en/provinces/${province}$`))
    expect(alternates["x-default"]).toBe(alternates.th)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/en/provinces/${province}$`))

    // A producer of that province, in English.
    const inProvince = await catalog(`province=${province}&limit=1&locale=en`)
    const handle = inProvince.products[0].producer_group.handle
    const group = await store<{ producer_group: ApiGroup }>(`/store/producer-groups/${handle}`).then((r) => r.producer_group)
    await page.goto(`/en/producers/${handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.name_en || group.name_th)
    await expect(page.getByTestId("producer-location")).toContainText(group.location.province_en)
    await expect(page.getByRole("heading", { name: "Our story" })).toBeVisible()
    expect(await page.title()).toContain(group.name_en || group.name_th)
    await page.screenshot({ path: "test-results/shop-desktop-producer-en.png", fullPage: true })
  })
})
