import { expect, test } from "@playwright/test"
import { api, DEMO, signInToken } from "./support"

// A temporarily closed group's products stay visible, and the product page says when they can be ordered again.
test.setTimeout(90_000)

test("a product of a temporarily closed group says when it can be ordered again (Thai and English)", async ({ page }) => {
  const token = await signInToken("producer", DEMO.producer)
  const { products } = await api<{ products: { handle: string }[] }>("/producer/products?status=published&limit=1", { token })
  const handle = products[0].handle
  const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  await api("/producer/group", { token, body: { closed_from: from, closed_until: until, closure_note_th: "ช่วงเก็บเกี่ยว", closure_note_en: "Harvest time" } })
  try {
    // The group's closure is cached for up to 30 s: reload until it shows.
    const notice = page.getByTestId("group-closed")
    await expect
      .poll(async () => {
        await page.goto(`/th/products/${handle}`)
        return notice.count()
      }, { timeout: 60_000, intervals: [1_000, 5_000] })
      .toBe(1)
    await expect(notice).toContainText("งดรับคำสั่งซื้อชั่วคราว")
    await expect(notice).toContainText(/สั่งซื้อได้อีกครั้งตั้งแต่ .*25\d\d/) // Buddhist era
    await expect(notice).toContainText("ช่วงเก็บเกี่ยว")
    await page.goto(`/en/products/${handle}`)
    await expect(page.getByTestId("group-closed")).toContainText("Harvest time")
  } finally {
    await api("/producer/group", { token, body: { closed_from: null, closed_until: null, closure_note_th: null, closure_note_en: null } })
  }
})
