import { expect, test, type Page } from "@playwright/test"
import { api, DEMO_PASSWORD as PASSWORD, PIXEL_PNG, placeOrder, publishableKey, RED_PNG, signInToken } from "./support"

// Product editing and order-line cancellation in the producer portal, against the real stack.
// Each test makes its own product (and order) for the demo producer's group.
const EMAIL = "producer@demo.otop.local"

// Two different 1×1 PNGs (white and red), enough for the upload route and the image optimiser.
const WHITE_PNG = PIXEL_PNG

type ApiProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  images: { url: string; rank: number }[]
  variants: { id: string; title: string; prices: { amount: number; currency_code: string }[]; inventory_quantity: number | null }[]
  english?: Record<string, Record<string, string>>
}

async function uploadPhoto(token: string, png: Buffer, name: string): Promise<string> {
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), name)
  const { uploads } = await api<{ uploads: { id: string }[] }>("/producer/uploads", { token, body: form })
  return uploads[0].id
}

/** A published one-variant product of the demo group (as the new-product form makes them). */
async function createProduct(token: string, handle: string, images: string[]): Promise<ApiProduct> {
  const { product } = await api<{ product: ApiProduct }>("/producer/products", {
    token,
    body: {
      handle,
      title: { th: `สินค้าทดสอบ ${handle}`, en: `Test product ${handle}` },
      category: "food",
      status: "published",
      images,
      weight_g: 300,
      variants: [{ price: "129.50", stock: 7 }],
    },
  })
  return product
}

async function producerProduct(token: string, id: string): Promise<ApiProduct> {
  return (await api<{ product: ApiProduct }>(`/producer/products/${id}`, { token })).product
}

async function signIn(page: Page) {
  await page.goto("/th/producer/login")
  await page.getByLabel("อีเมล").fill(EMAIL)
  await page.getByLabel("รหัสผ่าน").fill(PASSWORD)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/producer$/)
}

const thb = (variant: ApiProduct["variants"][number]) => String(variant.prices.find((p) => p.currency_code === "thb")?.amount)

test("the producer edits a product (titles, price, a second variant, photo order); a bad price saves nothing; archiving removes it from the store", async ({ page }) => {
  test.setTimeout(180_000)
  const token = await signInToken("producer", EMAIL)
  const handle = `e2e-edit-${Date.now()}`
  const created = await createProduct(token, handle, [await uploadPhoto(token, WHITE_PNG, "white.png")])
  const firstPhoto = created.thumbnail
  expect(firstPhoto).toBeTruthy()

  await signIn(page)
  await page.goto("/th/producer/products")
  await page.locator(`[data-testid="producer-product"][data-handle="${handle}"]`).getByTestId("edit-product-link").click()
  await expect(page).toHaveURL(new RegExp(`/th/producer/products/${created.id}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("แก้ไขสินค้า")
  await expect(page.getByLabel("ชื่อสินค้า (ภาษาไทย)")).toHaveValue(`สินค้าทดสอบ ${handle}`)
  await expect(page.getByLabel("ราคา (บาท รวม VAT) (แบบที่ 1)")).toHaveValue("129.50")

  const titleTh = `ผ้าทอลายดอกแก้ว ${handle}`
  const titleEn = `Dok Kaew weave ${handle}`
  await page.getByLabel("ชื่อสินค้า (ภาษาไทย)").fill(titleTh)
  await page.getByLabel("ชื่อสินค้า (ภาษาอังกฤษ)").fill(titleEn)
  await page.getByLabel("ชื่อตัวเลือก (ภาษาไทย) เช่น ขนาด").fill("ขนาด")
  await page.getByLabel("ชื่อตัวเลือก (ภาษาอังกฤษ) เช่น Size").fill("Size")
  await page.getByLabel("ชื่อแบบ (ภาษาไทย) (แบบที่ 1)").fill("เล็ก")
  await page.getByLabel("ชื่อแบบ (ภาษาอังกฤษ) (แบบที่ 1)").fill("Small")
  await page.getByLabel("ราคา (บาท รวม VAT) (แบบที่ 1)").fill("149.25")
  await page.getByRole("button", { name: "เพิ่มแบบสินค้า" }).click()
  await page.getByLabel("ชื่อแบบ (ภาษาไทย) (แบบที่ 2)").fill("ใหญ่")
  await page.getByLabel("ชื่อแบบ (ภาษาอังกฤษ) (แบบที่ 2)").fill("Large")
  await page.getByLabel("ราคา (บาท รวม VAT) (แบบที่ 2)").fill("199")
  await page.getByLabel("พร้อมขาย (ชิ้น) (แบบที่ 2)").fill("3")

  await page.getByLabel("เพิ่มรูป").setInputFiles({ name: "red.png", mimeType: "image/png", buffer: RED_PNG })
  await expect(page.getByTestId("edit-photo")).toHaveCount(2)
  await expect(page.getByTestId("edit-photo").nth(1)).toContainText("รูปใหม่ (ยังไม่บันทึก)", { timeout: 20_000 })
  await page.getByRole("button", { name: "เลื่อนรูปที่ 2 ขึ้น" }).click()
  await expect(page.getByTestId("edit-photo").first()).toContainText("รูปหน้าปก")
  await expect(page.getByTestId("edit-photo").first()).toContainText("รูปใหม่ (ยังไม่บันทึก)")
  await page.screenshot({ path: "test-results/edit-product-form.png", fullPage: true })
  await page.getByRole("button", { name: "บันทึกการแก้ไข" }).click()

  // Saved: a success message and the new values in the form.
  await expect(page).toHaveURL(new RegExp(`/th/producer/products/${created.id}\\?saved=`), { timeout: 30_000 })
  await expect(page.getByText("บันทึกการแก้ไขแล้ว ข้อมูลด้านล่างคือค่าล่าสุด")).toBeVisible()
  await expect(page.getByTestId("edit-product-title")).toHaveText(titleTh)
  await expect(page.getByLabel("ชื่อสินค้า (ภาษาไทย)")).toHaveValue(titleTh)
  await expect(page.getByLabel("ชื่อสินค้า (ภาษาอังกฤษ)")).toHaveValue(titleEn)
  await expect(page.getByTestId("edit-variant")).toHaveCount(2)
  await expect(page.getByLabel("ราคา (บาท รวม VAT) (แบบที่ 1)")).toHaveValue("149.25")
  await expect(page.getByLabel("ชื่อแบบ (ภาษาไทย) (แบบที่ 2)")).toHaveValue("ใหญ่")
  await expect(page.getByLabel("ราคา (บาท รวม VAT) (แบบที่ 2)")).toHaveValue("199")
  await expect(page.getByTestId("edit-photo")).toHaveCount(2)
  await expect(page.getByTestId("edit-photo").nth(1)).toHaveAttribute("data-url", firstPhoto!)
  await page.screenshot({ path: "test-results/edit-product-saved.png", fullPage: true })

  const saved = await producerProduct(token, created.id)
  expect(saved.title).toBe(titleTh)
  expect(saved.english?.[saved.id]?.title).toBe(titleEn)
  expect(saved.thumbnail).not.toBe(firstPhoto)
  expect([...saved.images].sort((a, b) => a.rank - b.rank).map((image) => image.url)).toEqual([saved.thumbnail, firstPhoto])
  const byTitle = Object.fromEntries(saved.variants.map((variant) => [variant.title, variant]))
  expect(Object.keys(byTitle).sort()).toEqual(["เล็ก", "ใหญ่"])
  expect(thb(byTitle["เล็ก"])).toBe("149.25")
  expect(thb(byTitle["ใหญ่"])).toBe("199")
  expect(byTitle["ใหญ่"].inventory_quantity).toBe(3)

  // The store shows the new title and the new first photo.
  await page.goto(`/th/products/${handle}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleTh)
  // Two pictures: the gallery's main image names its place among them.
  const cover = page.getByRole("img", { name: `รูปสินค้า ${titleTh} (รูปที่ 1 จาก 2)`, exact: true })
  await expect(cover).toHaveAttribute("src", new RegExp(encodeURIComponent(saved.thumbnail!).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))

  // A bad price: a Thai error next to the field, and nothing saved (not even the title).
  await page.goto(`/th/producer/products/${created.id}`)
  await page.getByLabel("ชื่อสินค้า (ภาษาไทย)").fill(`ไม่ควรถูกบันทึก ${handle}`)
  const price = page.getByLabel("ราคา (บาท รวม VAT) (แบบที่ 1)")
  await price.fill("12.345")
  await page.getByRole("button", { name: "บันทึกการแก้ไข" }).click()
  await expect(price).toHaveAttribute("aria-invalid", "true")
  await expect(price).toHaveAccessibleDescription("ใส่ราคาเป็นบาท มากกว่า 0 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 129 หรือ 129.50")
  await expect(page.locator("main").getByRole("alert").filter({ hasText: "ยังไม่ได้บันทึก" })).toBeVisible()
  await expect(price).toHaveValue("12.345")
  await expect(page).not.toHaveURL(/saved=/)
  await page.screenshot({ path: "test-results/edit-product-bad-price.png", fullPage: true })
  const unchanged = await producerProduct(token, created.id)
  expect(unchanged.title).toBe(titleTh)
  expect(thb(unchanged.variants.find((variant) => variant.title === "เล็ก")!)).toBe("149.25")

  // Archive (with confirmation): gone from the store.
  await page.getByRole("button", { name: "เก็บเข้าคลัง", exact: true }).click()
  await page.getByRole("button", { name: "ยืนยันเก็บเข้าคลัง" }).click()
  await expect(page).toHaveURL(/\?archived=1/, { timeout: 30_000 })
  await expect(page.getByText("เก็บสินค้าเข้าคลังแล้ว สินค้าไม่แสดงในร้านอีกต่อไป")).toBeVisible()
  await expect(page.getByTestId("edit-product-status")).toHaveText("เก็บเข้าคลังแล้ว")
  const gone = await page.goto(`/th/products/${handle}`)
  expect(gone?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ไม่พบสินค้านี้")
})

// ---------------------------------------------------------------------------------------------
// A buyer's order through the store API (as backend/integration-tests/helpers/actors.ts checkout())

test("the producer cancels an order's unshipped lines with a reason; the buyer's shipments show it", async ({ page }) => {
  test.setTimeout(120_000)
  const token = await signInToken("producer", EMAIL)
  const product = await createProduct(token, `e2e-cancel-${Date.now()}`, [])
  const key = await publishableKey()
  const order = await placeOrder(key, [product.variants[0].id])

  await signIn(page)
  await page.goto("/th/producer/orders")
  const card = page
    .getByTestId("producer-order")
    .filter({ has: page.getByRole("heading", { name: `คำสั่งซื้อ #${order.display_id}`, exact: true }) })
  await expect(card).toHaveAttribute("data-status", "to_ship")
  await expect(card.getByRole("button", { name: "แจ้งจัดส่งแล้ว" })).toBeVisible()

  await card.getByRole("button", { name: "ยกเลิกรายการ" }).click()
  await card.getByRole("radio", { name: "ขาดวัตถุดิบ" }).check()
  await card.getByLabel("รายละเอียดถึงผู้ซื้อ").fill("ฝนตกหนัก วัตถุดิบไม่พอ")
  await expect(card.getByRole("checkbox", { name: new RegExp(`สินค้าทดสอบ e2e-cancel-`) })).toBeChecked()
  await card.getByRole("button", { name: "ยกเลิกรายการที่เลือก" }).click()
  await expect(card.getByText("ยืนยันการยกเลิก? ทำย้อนกลับไม่ได้ และผู้ซื้อจะได้รับแจ้งทันที")).toBeVisible()
  await page.screenshot({ path: "test-results/edit-cancel-confirm.png", fullPage: true })
  await card.getByRole("button", { name: "ยืนยันการยกเลิก" }).click()

  const reason = "ขาดวัตถุดิบ / Out of raw material: ฝนตกหนัก วัตถุดิบไม่พอ"
  await expect(card).toHaveAttribute("data-status", "canceled", { timeout: 30_000 })
  await expect(card.getByTestId("order-status-canceled")).toHaveText("ยกเลิกแล้ว")
  await expect(card.getByTestId("order-cancellations")).toContainText(`เหตุผล: ${reason}`)
  await expect(card.getByTestId("order-cancellations")).toContainText(product.title)
  await expect(card.getByRole("button", { name: "แจ้งจัดส่งแล้ว" })).toHaveCount(0)
  await card.scrollIntoViewIfNeeded()
  await page.screenshot({ path: "test-results/edit-cancelled-order.png", fullPage: true })

  const shipments = await api<{ parts: { cancellations: { reason: string; items: { quantity: number; title: string }[] }[] }[] }>(
    `/store/orders/${order.id}/shipments`,
    { headers: { "x-publishable-api-key": key } },
  )
  const cancellations = shipments.parts.flatMap((part) => part.cancellations)
  expect(cancellations).toHaveLength(1)
  expect(cancellations[0].reason).toBe(reason)
  expect(cancellations[0].items.map((item) => [item.title, Number(item.quantity)])).toEqual([[product.title, 1]])
})
