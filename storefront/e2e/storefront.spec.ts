import { expect, test, type Page } from "@playwright/test"

// Runs against the real stack (seeded Thai demo catalog). Product names are read from the
// page rather than hard-coded, so the demo catalog can change.
const THAI = /[\u0E00-\u0E7F]/

function productCards(page: Page) {
  return page.getByTestId("product-card")
}

/** Path (e.g. /th/products/x) and title of the first product on the Thai home page. */
async function firstProduct(page: Page) {
  await page.goto("/th")
  const link = productCards(page).first().getByRole("link")
  const href = await link.getAttribute("href")
  expect(href).toMatch(/^\/th\/products\/[^/]+$/)
  return { href: href!, title: (await link.innerText()).trim(), link }
}

test("/ redirects to /th, a Thai page", async ({ page }) => {
  const response = await page.goto("/")
  expect(new URL(page.url()).pathname).toBe("/th")
  expect(response?.status()).toBe(200)
  await expect(page.locator("html")).toHaveAttribute("lang", "th")
  expect(await page.title()).toMatch(THAI)
})

test("the home page lists products with Thai titles and baht prices", async ({ page }) => {
  await page.goto("/th")
  const cards = productCards(page)
  await expect(cards.first()).toBeVisible()
  expect(await cards.count()).toBeGreaterThanOrEqual(8)
  for (const text of await cards.allInnerTexts()) {
    expect(text).toMatch(THAI)
    expect(text).toContain("฿")
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(THAI)
})

test("clicking a product opens its page with price incl. VAT", async ({ page }) => {
  const { href, title, link } = await firstProduct(page)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  await expect(page.locator("main").getByText("รวม VAT แล้ว", { exact: true })).toBeVisible()
  await expect(page.locator("main")).toContainText("฿")
  expect(await page.title()).toContain(title)
})

test("the language switch keeps the page and shows it in English", async ({ page }) => {
  const { href } = await firstProduct(page)
  await page.goto(href)
  await page.getByRole("link", { name: "Read this page in English" }).click()

  const englishPath = href.replace(/^\/th\//, "/en/")
  await expect(page).toHaveURL(new RegExp(`${englishPath}$`))
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const heading = page.getByRole("heading", { level: 1 })
  await expect(heading).not.toHaveText(THAI)
  await expect(heading).not.toBeEmpty()
  expect(await page.title()).not.toMatch(THAI)
  await expect(page.locator("main").getByText("VAT included", { exact: true })).toBeVisible()

  await page.getByRole("link", { name: "อ่านหน้านี้เป็นภาษาไทย" }).click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.locator("html")).toHaveAttribute("lang", "th")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(THAI)
})

test("the English home page shows English product titles", async ({ page }) => {
  await page.goto("/en")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const cards = productCards(page)
  await expect(cards.first()).toBeVisible()
  const titles = await cards.getByRole("heading", { level: 3 }).allInnerTexts()
  expect(titles.length).toBeGreaterThanOrEqual(8)
  for (const title of titles) expect(title).not.toMatch(THAI)
})

test("the self-hosted Thai font is loaded", async ({ page }) => {
  await page.goto("/th")
  const font = await page.evaluate(async () => {
    await document.fonts.ready
    const family = getComputedStyle(document.body).fontFamily.split(",")[0].trim().replace(/^["']|["']$/g, "")
    const faces = [...document.fonts].filter((face) => face.family.replace(/^["']|["']$/g, "") === family)
    return {
      family,
      loaded: faces.filter((face) => face.status === "loaded").length,
      rendersThai: document.fonts.check(`16px "${family}"`, "ผ้าไหมน้ำพริก"),
    }
  })
  expect(font.family).not.toMatch(/fallback/i)
  expect(font.loaded).toBeGreaterThanOrEqual(1)
  expect(font.rendersThai).toBe(true)
})

test("an unknown product gives a Thai 404 page", async ({ page }) => {
  const response = await page.goto("/th/products/this-product-does-not-exist")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ไม่พบสินค้านี้")
})
