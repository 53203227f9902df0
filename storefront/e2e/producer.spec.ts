import { expect, test, type Page } from "@playwright/test"

// The producer portal against the real stack (demo producer seeded by the backend).
const EMAIL = "producer@demo.otop.local"
const PASSWORD = "otop-demo-2567"
const THAI = /[\u0E00-\u0E7F]/

// A 1×1 PNG, enough for the upload route.
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
)

/** The demo group's Thai name straight from the backend, when the test knows where it is. */
async function expectedGroupNameTh(): Promise<string | null> {
  const backend = process.env.MEDUSA_BACKEND_URL
  if (!backend) return null
  const auth = await fetch(`${backend}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  const { token } = (await auth.json()) as { token: string }
  const me = await fetch(`${backend}/producer/me`, { headers: { authorization: `Bearer ${token}` } })
  const { groups } = (await me.json()) as { groups: { name_th: string }[] }
  return groups[0]?.name_th ?? null
}

async function signIn(page: Page, password = PASSWORD) {
  await page.goto("/th/producer/login")
  await page.getByLabel("อีเมล").fill(EMAIL)
  await page.getByLabel("รหัสผ่าน").fill(password)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
}

test("the portal sends visitors without a session to the login page", async ({ page }) => {
  await page.goto("/th/producer/products")
  await expect(page).toHaveURL(/\/th\/producer\/login$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("เข้าสู่ระบบผู้ผลิต")
})

test("a wrong password shows a Thai error", async ({ page }) => {
  await signIn(page, "not-the-password")
  await expect(page.locator("main").getByRole("alert")).toHaveText("อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาลองอีกครั้ง")
  await expect(page).toHaveURL(/\/th\/producer\/login$/)
  await expect(page.getByLabel("อีเมล")).toHaveValue(EMAIL)
})

test("the demo producer signs in and sees the group's dashboard", async ({ page }) => {
  await signIn(page)
  await expect(page).toHaveURL(/\/th\/producer$/)
  const groupName = page.getByTestId("group-name-th")
  const expected = await expectedGroupNameTh()
  if (expected) await expect(groupName).toHaveText(expected)
  else await expect(groupName).toHaveText(THAI)
  await expect(page.getByTestId("stat-products")).toContainText(/\d/)
  await expect(page.getByTestId("stat-monthSales")).toContainText("฿")
  await page.screenshot({ path: "test-results/producer-dashboard.png", fullPage: true })

  await page.getByRole("navigation", { name: "เมนูผู้ผลิต" }).getByRole("link", { name: "สินค้า" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/products$/)
  await expect(page.getByTestId("producer-product").first()).toBeVisible()

  await page.getByRole("navigation", { name: "เมนูผู้ผลิต" }).getByRole("link", { name: "คำสั่งซื้อ" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/orders$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("คำสั่งซื้อ")

  await page.getByRole("button", { name: "ออกจากระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/login$/)
  await page.goto("/th/producer")
  await expect(page).toHaveURL(/\/th\/producer\/login$/)
})

test("the producer adds a product and finds it in the list", async ({ page }) => {
  await signIn(page)
  await expect(page).toHaveURL(/\/th\/producer$/)
  await page.goto("/th/producer/products/new")

  const handle = `e2e-${Date.now()}`
  const title = `ผ้าทดสอบ ${handle}`
  await page.getByLabel("ชื่อสินค้า (ภาษาไทย)").fill(title)
  await page.getByLabel("ชื่อสินค้า (ภาษาอังกฤษ)").fill(`Test cloth ${handle}`)
  await page.getByLabel("ชื่อในลิงก์ (ไม่บังคับ)").fill(handle)
  await page.getByLabel("หมวดหมู่").selectOption("textile-apparel")
  await page.getByLabel("ราคา (บาท รวม VAT)").fill("129.50")
  await page.getByLabel("จำนวนในสต็อก").fill("7")
  await page.getByLabel("น้ำหนักรวมบรรจุภัณฑ์ (กรัม)").fill("300")
  await page.getByLabel("รายละเอียด (ภาษาไทย)").fill("สินค้าทดสอบจาก e2e")
  await page.getByLabel("รูปสินค้า").setInputFiles({ name: "pixel.png", mimeType: "image/png", buffer: PIXEL_PNG })
  await page.screenshot({ path: "test-results/producer-product-form.png", fullPage: true })
  await page.getByRole("button", { name: "บันทึกสินค้า" }).click()

  await expect(page).toHaveURL(/\/th\/producer\/products\?created=/, { timeout: 20_000 })
  const row = page.locator(`[data-testid="producer-product"][data-handle="${handle}"]`)
  await expect(row).toContainText(title)
  await expect(row).toContainText("฿129.50")
  await page.screenshot({ path: "test-results/producer-products.png", fullPage: true })

  // The same handle again: the backend's message shows next to the form.
  await page.goto("/th/producer/products/new")
  await page.getByLabel("ชื่อสินค้า (ภาษาไทย)").fill(title)
  await page.getByLabel("ชื่อสินค้า (ภาษาอังกฤษ)").fill(`Test cloth ${handle}`)
  await page.getByLabel("ชื่อในลิงก์ (ไม่บังคับ)").fill(handle)
  await page.getByLabel("หมวดหมู่").selectOption("textile-apparel")
  await page.getByLabel("ราคา (บาท รวม VAT)").fill("129.50")
  await page.getByLabel("จำนวนในสต็อก").fill("7")
  await page.getByLabel("น้ำหนักรวมบรรจุภัณฑ์ (กรัม)").fill("300")
  await page.getByRole("button", { name: "บันทึกสินค้า" }).click()
  await expect(page.locator("main").getByRole("alert")).toContainText("บันทึกไม่สำเร็จ")
  await expect(page.getByLabel("ชื่อสินค้า (ภาษาไทย)")).toHaveValue(title)
})
