import { expect, test } from "@playwright/test"
import { api, DEMO, publishableKey, signInToken } from "./support"

// The list of all producer groups (/producers): paging, the province filter, a group's page, the
// English list; and a closed group's products named in the reader's language. Expectations come
// from the Store API, so the demo data may change.

type ApiGroup = { handle: string; name_th: string; name_en: string | null; location: { province_th: string; province_en: string; subdistrict_th: string } }
type ApiGroups = { producer_groups: ApiGroup[]; count: number }

const PER_PAGE = 24
let key: string

async function store<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  key ??= await publishableKey()
  return api<T>(path, { headers: { "x-publishable-api-key": key, ...headers } })
}

test.setTimeout(120_000)

test("all groups in Thai: the last page and past it, filter by province, open a group", async ({ page }) => {
  const all = await store<ApiGroups>("/store/producer-groups?limit=1")
  expect(all.count).toBeGreaterThan(0)
  const lastPage = Math.ceil(all.count / PER_PAGE)
  const onLast = await store<ApiGroups>(`/store/producer-groups?limit=${PER_PAGE}&offset=${(lastPage - 1) * PER_PAGE}`)

  // Reached from every page's footer.
  await page.goto("/th")
  await page.getByRole("contentinfo").getByRole("link", { name: "กลุ่มผู้ผลิตทั้งหมด" }).click()
  await expect(page).toHaveURL(/\/th\/producers$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("กลุ่มผู้ผลิต OTOP")

  await page.goto(`/th/producers?page=${lastPage}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("กลุ่มผู้ผลิต OTOP")
  await expect(page.getByTestId("producers-count")).toHaveText(`${all.count} กลุ่ม`)
  const cards = page.getByTestId("producer-list").getByTestId("group-card")
  await expect(cards).toHaveCount(onLast.producer_groups.length)
  expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-handle")))).toEqual(onLast.producer_groups.map((g) => g.handle))

  // Past the last page: said so, with the way back.
  await page.goto(`/th/producers?page=${lastPage + 1}`)
  await expect(page.getByTestId("producers-empty")).toContainText("หน้านี้ไม่มีรายชื่อแล้ว")
  await page.getByRole("link", { name: "กลับไปหน้าแรก" }).click()
  await expect(page).toHaveURL(/\/th\/producers(#groups)?$/)

  // Filter by Chiang Mai with the form: only its groups, each with its tambon and province.
  const chiangMai = await store<ApiGroups>(`/store/producer-groups?province_code=50&limit=${PER_PAGE}`)
  expect(chiangMai.count).toBeGreaterThan(0)
  await page.getByTestId("producer-filters").getByLabel("จังหวัด").selectOption("50")
  await page.getByRole("button", { name: "แสดงผล" }).click()
  await expect(page).toHaveURL(/province=50/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("กลุ่มผู้ผลิต OTOP เชียงใหม่")
  await expect(cards).toHaveCount(chiangMai.producer_groups.length)
  const first = chiangMai.producer_groups[0]
  const firstCard = cards.first()
  await expect(firstCard).toContainText(first.name_th)
  await expect(firstCard).toContainText(first.location.subdistrict_th)
  await expect(firstCard).toContainText("เชียงใหม่")

  // Open the group.
  await firstCard.getByRole("link", { name: first.name_th }).click()
  await expect(page).toHaveURL(new RegExp(`/th/producers/${first.handle}$`))
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first.name_th)

  // An unknown province in a link is dropped and said so.
  await page.goto("/th/producers?province=xx")
  await expect(page.getByTestId("producer-filters").getByRole("alert")).toContainText("ไม่พบจังหวัดที่ระบุในลิงก์")
  await expect(page.getByTestId("producers-count")).toHaveText(`${all.count} กลุ่ม`)
})

test("the English list is in English, with canonical and hreflang", async ({ page }) => {
  const chiangMai = await store<ApiGroups>(`/store/producer-groups?province_code=50&limit=${PER_PAGE}`)
  const named = chiangMai.producer_groups.find((g) => g.name_en)!
  await page.goto("/en/producers?province=50")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OTOP producer groups in Chiang Mai")
  await expect(page.getByTestId("producer-list")).toContainText(named.name_en!)
  await expect(page.getByTestId("producer-list")).toContainText("Chiang Mai")
  await expect(page.getByTestId("producer-filters").getByLabel("Province")).toHaveValue("50")
  await expect(page).toHaveTitle(/OTOP producer groups in Chiang Mai/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/producers$/)
  await expect(page.locator('link[rel="alternate"][hreflang="th"]')).toHaveAttribute("href", /\/th\/producers$/)
  await page.getByRole("link", { name: named.name_en! }).click()
  await expect(page).toHaveURL(new RegExp(`/en/producers/${named.handle}$`))
})

test("a temporarily closed group's products are named in English on the English page", async ({ page }) => {
  const token = await signInToken("producer", DEMO.producer)
  const { producer_group: group } = await api<{ producer_group: { handle: string } }>("/producer/group", { token })
  const english = await store<{ products: { handle: string; title: string }[] }>(`/store/catalog?locale=en&group=${group.handle}&limit=100`)
  const thai = await store<{ products: { handle: string; title: string }[] }>(`/store/catalog?locale=th&group=${group.handle}&limit=100`)
  const product = english.products.find((p) => p.title !== thai.products.find((t) => t.handle === p.handle)?.title)
  expect(product, "a product of the demo group with an English title").toBeTruthy()

  const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  await api("/producer/group", { token, body: { closed_from: from, closed_until: until, closure_note_th: "ช่วงเก็บเกี่ยว", closure_note_en: "Harvest time" } })
  try {
    const closedList = page.getByTestId("closed-group-products")
    // The group's page is cached for up to 30 s: reload until the closed list shows.
    await expect
      .poll(async () => {
        await page.goto(`/en/producers/${group.handle}`)
        return closedList.count()
      }, { timeout: 60_000, intervals: [1_000, 5_000] })
      .toBe(1)
    await expect(closedList.getByRole("link", { name: product!.title, exact: true })).toBeVisible()
    await page.goto(`/th/producers/${group.handle}`)
    const thaiTitle = thai.products.find((t) => t.handle === product!.handle)!.title
    await expect(page.getByTestId("closed-group-products").getByRole("link", { name: thaiTitle, exact: true })).toBeVisible()
  } finally {
    await api("/producer/group", { token, body: { closed_from: null, closed_until: null, closure_note_th: null, closure_note_en: null } })
  }
})
