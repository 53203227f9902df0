import { expect, test, type Page } from "@playwright/test"
import { api, DEMO, signInProducer, signInToken, TINY_PDF } from "./support"

// The producer portal's trust screens against the real stack, on a phone: certifications with a
// wrong and a right FDA number, a draft that gets its document later, fabric and soft-power
// attributes, expiry warnings, and an English run. Each test makes its own products.

type Certification = { id: string; scheme: string; status: string; expires_at: string | null; product_id: string | null; created_at: string }

async function createProduct(token: string, handle: string, category: "food" | "textile-apparel"): Promise<{ id: string }> {
  const { product } = await api<{ product: { id: string } }>("/producer/products", {
    token,
    body: {
      handle,
      title: { th: `สินค้าทดสอบ ${handle}`, en: `Test product ${handle}` },
      category,
      status: "published",
      weight_g: 300,
      variants: [{ price: "250", stock: 5 }],
    },
  })
  return product
}

/** A day in Bangkok, `days` from today, as YYYY-MM-DD (the backend's date fields). */
function bangkokDayFromToday(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

const card = (page: Page, id: string) => page.locator(`[data-testid="certification"][data-id="${id}"]`)
const idFromUrl = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "")

test("an FDA food number: a wrong one is refused with the format shown, a right one with its PDF waits for review", async ({ page }) => {
  test.setTimeout(180_000)
  const token = await signInToken("producer", DEMO.producer)
  const product = await createProduct(token, `e2e-trust-food-${Date.now()}`, "food")

  await signInProducer(page, DEMO.producer)
  await page.goto(`/th/producer/products/${product.id}`)
  const trust = page.getByTestId("product-trust")
  await expect(trust.getByRole("heading", { name: "ความน่าเชื่อถือ" })).toBeVisible()
  await expect(trust).toContainText("ยังไม่มีใบรับรองของสินค้านี้")
  await trust.getByTestId("add-product-certification").click()
  await expect(page).toHaveURL(new RegExp(`/th/producer/certifications/new\\?product=${product.id}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("เพิ่มใบรับรอง")
  await expect(page.getByLabel("สินค้า", { exact: true })).toHaveValue(product.id)

  await page.getByLabel("มาตรฐาน / ใบรับรอง").selectOption("fda_food")
  const number = page.getByLabel("เลขสารบบอาหาร (เลข อย. 13 หลัก)")
  // The expected format is shown before anything is typed.
  await expect(page.locator("#cert-number-hint")).toContainText("รูปแบบ XX-X-XXXXX-X-XXXX")
  await expect(page.getByTestId("draft-note")).toContainText("จะบันทึกเป็นฉบับร่าง")

  // 12 digits: the backend refuses it; the field says why, with the format and an example.
  await number.fill("502001622003")
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click()
  const error = page.locator("#cert-number-error")
  await expect(error).toContainText("เลขไม่ตรงรูปแบบ")
  await expect(error).toContainText("XX-X-XXXXX-X-XXXX")
  await expect(error).toContainText("50-2-00162-2-0031")
  await expect(number).toHaveAttribute("aria-invalid", "true")
  await expect(number).toBeFocused()
  await page.screenshot({ path: "test-results/trust-number-refused.png" })
  await expect(page).toHaveURL(/\/certifications\/new/)
  // The refused save kept what was chosen.
  await expect(page.getByLabel("มาตรฐาน / ใบรับรอง")).toHaveValue("fda_food")
  await expect(page.getByLabel("สินค้า", { exact: true })).toHaveValue(product.id)
  const { certifications: none } = await api<{ certifications: Certification[] }>(`/producer/products/${product.id}/certifications`, { token })
  expect(none).toEqual([])

  // The right number (with its dashes) and the certificate as a PDF, uploaded as soon as it is picked.
  await number.fill("50-2-00162-2-0031")
  await page.locator("#cert-document").setInputFiles({ name: "อย-น้ำพริก.pdf", mimeType: "application/pdf", buffer: TINY_PDF })
  await expect(page.getByTestId("certificate-document").getByTestId("upload-item")).toHaveAttribute("data-status", "done", { timeout: 20_000 })
  await expect(page.getByTestId("draft-note")).toHaveCount(0)
  await page.getByRole("button", { name: "ส่งตรวจสอบ" }).click()

  await expect(page).toHaveURL(/\/th\/producer\/certifications\/cert_[^/?]+\?submitted=1$/)
  await expect(page.getByTestId("submitted-note")).toHaveText("ส่งให้เจ้าหน้าที่ตรวจสอบแล้ว สถานะ: รอตรวจสอบ")
  const id = new URL(page.url()).pathname.split("/").pop()!
  await expect(card(page, id).getByTestId("certification-status")).toHaveText("รอตรวจสอบ")
  await expect(card(page, id).getByTestId("certification-number")).toHaveText("50-2-00162-2-0031")

  // Listed as pending, under the product's certifications; and on the product page.
  await page.getByRole("navigation", { name: "เมนูผู้ผลิต" }).getByRole("link", { name: "ใบรับรอง" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/certifications$/)
  await expect(card(page, id)).toHaveAttribute("data-status", "pending")
  await expect(card(page, id).getByTestId("certification-status")).toHaveText("รอตรวจสอบ")
  await expect(card(page, id)).toContainText(`สินค้าทดสอบ e2e-trust-food-`)
  await page.goto(`/th/producer/products/${product.id}`)
  await expect(page.getByTestId("product-certifications").getByTestId("certification-status")).toHaveText("รอตรวจสอบ")

  const { certifications } = await api<{ certifications: (Certification & { number: string })[] }>(`/producer/products/${product.id}/certifications`, { token })
  expect(certifications).toEqual([expect.objectContaining({ id, scheme: "fda_food", number: "5020016220031", status: "pending" })])
  await page.screenshot({ path: "test-results/trust-certification-pending.png", fullPage: true })
})

test("a claim without a document is a draft that cannot be verified until its document is attached", async ({ page }) => {
  test.setTimeout(180_000)
  const token = await signInToken("producer", DEMO.producer)
  const product = await createProduct(token, `e2e-trust-draft-${Date.now()}`, "food")

  await signInProducer(page, DEMO.producer)
  await page.goto(`/th/producer/certifications/new?product=${product.id}&scheme=tcps`)
  await expect(page.getByLabel("มาตรฐาน / ใบรับรอง")).toHaveValue("tcps")
  await page.getByLabel("เลขมาตรฐาน มผช./ปี พ.ศ.").fill("มผช. 247/2552")
  await page.getByLabel("วันที่ออกใบรับรอง (ไม่บังคับ)").fill("2024-01-15")
  // The Buddhist-era reading of the date, for Thai readers.
  await expect(page.locator("#cert-issued-hint")).toContainText("2567")
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click()

  await expect(page).toHaveURL(/\/certifications\/cert_[^/?]+\?submitted=1$/)
  await expect(page.getByTestId("submitted-note")).toHaveText("บันทึกเป็นฉบับร่างแล้ว ใบรับรองนี้ยังตรวจสอบไม่ได้จนกว่าจะแนบเอกสาร")
  const id = idFromUrl(page)
  const draft = card(page, id)
  await expect(draft.getByTestId("certification-status")).toHaveText("ฉบับร่าง")
  await expect(draft).toContainText("ฉบับร่าง: ตรวจสอบไม่ได้จนกว่าจะแนบเอกสาร")
  await expect(draft.getByTestId("certification-number")).toHaveText("มผช. 247/2552")
  // มผช. runs 3 years by default from the issue date: 15 Jan 2027 = พ.ศ. 2570.
  await expect(draft.getByTestId("certification-issued")).toContainText("2567")
  await expect(draft.getByTestId("certification-expires")).toContainText("2570")

  // The document, later.
  const attach = page.getByTestId("attach-document-form")
  await expect(attach.getByRole("button", { name: "แนบและส่งตรวจสอบ" })).toBeDisabled()
  await page.locator("#attach-document").setInputFiles({ name: "tcps.pdf", mimeType: "application/pdf", buffer: TINY_PDF })
  await expect(attach.getByTestId("upload-item")).toHaveAttribute("data-status", "done", { timeout: 20_000 })
  await attach.getByRole("button", { name: "แนบและส่งตรวจสอบ" }).click()
  await expect(page).toHaveURL(/\?attached=1$/)
  await expect(page.getByTestId("attached-note")).toBeVisible()
  await expect(card(page, id).getByTestId("certification-status")).toHaveText("รอตรวจสอบ")
  await expect(card(page, id)).toContainText("tcps.pdf")
})

test("fabric attributes of a textile are saved and still there after a reload; a missing royal-pattern year is named at its field", async ({ page }) => {
  test.setTimeout(180_000)
  const token = await signInToken("producer", DEMO.producer)
  const product = await createProduct(token, `e2e-trust-silk-${Date.now()}`, "textile-apparel")

  await signInProducer(page, DEMO.producer)
  await page.goto(`/th/producer/products/${product.id}`)
  await expect(page.getByTestId("product-trust")).toContainText("ยังไม่ได้ระบุ")
  await page.getByTestId("edit-attributes").click()
  await expect(page).toHaveURL(new RegExp(`/th/producer/products/${product.id}/attributes$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("คุณลักษณะของสินค้า")

  await page.getByLabel("ชนิดเส้นใย").selectOption("SILK")
  const techniques = page.getByTestId("attributes-techniques")
  await techniques.getByLabel("มัดหมี่").check()
  await techniques.getByLabel("ขิด").check()
  await page.getByLabel("การย้อมสี").selectOption("NATURAL")
  await page.getByLabel("ประเภทผ้า").selectOption("MUDMEE_SILK")
  // A royal pattern without a known year: the year must be given.
  await page.getByLabel("ลายผ้าพระราชทาน").selectOption("CHABA_PATTANI")
  await expect(page.getByLabel("ปีที่พระราชทาน (พ.ศ.)")).toHaveValue("")
  await page.getByLabel("ลายผ้าอัตลักษณ์ประจำจังหวัด").fill("ลายดอกพิกุล")
  await page.getByLabel("ทอมือ", { exact: true }).selectOption("yes")
  await page.getByTestId("attributes-soft_power").getByLabel("แฟชั่น").check()
  await page.getByTestId("attributes-campaigns").getByLabel("ผ้าไทยใส่ให้สนุก").check()
  await page.getByRole("button", { name: "บันทึกคุณลักษณะ" }).click()
  await expect(page.locator("#attr-royal-year-error")).toHaveText("ใส่ปี พ.ศ. ที่ได้รับพระราชทานลายนี้")
  await expect(page.getByLabel("ชนิดเส้นใย")).toHaveValue("SILK") // nothing lost

  // A pattern with a known year fills it in.
  await page.getByLabel("ลายผ้าพระราชทาน").selectOption("KHO_SIRIVANNAVARI")
  await expect(page.getByLabel("ปีที่พระราชทาน (พ.ศ.)")).toHaveValue("2564")
  await page.getByRole("button", { name: "บันทึกคุณลักษณะ" }).click()
  await expect(page.getByTestId("attributes-saved")).toHaveText("บันทึกคุณลักษณะแล้ว")

  await page.reload()
  await expect(page.getByLabel("ชนิดเส้นใย")).toHaveValue("SILK")
  await expect(techniques.getByLabel("มัดหมี่")).toBeChecked()
  await expect(techniques.getByLabel("ขิด")).toBeChecked()
  await expect(techniques.getByLabel("จก", { exact: true })).not.toBeChecked()
  await expect(page.getByLabel("การย้อมสี")).toHaveValue("NATURAL")
  await expect(page.getByLabel("ประเภทผ้า")).toHaveValue("MUDMEE_SILK")
  await expect(page.getByLabel("ลายผ้าพระราชทาน")).toHaveValue("KHO_SIRIVANNAVARI")
  await expect(page.getByLabel("ปีที่พระราชทาน (พ.ศ.)")).toHaveValue("2564")
  await expect(page.getByLabel("ลายผ้าอัตลักษณ์ประจำจังหวัด")).toHaveValue("ลายดอกพิกุล")
  await expect(page.getByLabel("ทอมือ", { exact: true })).toHaveValue("yes")
  await expect(page.getByTestId("attributes-soft_power").getByLabel("แฟชั่น")).toBeChecked()
  await expect(page.getByTestId("attributes-campaigns").getByLabel("ผ้าไทยใส่ให้สนุก")).toBeChecked()

  const { attributes } = await api<{ attributes: Record<string, unknown> }>(`/producer/products/${product.id}/attributes`, { token })
  expect([...(attributes.techniques as string[])].sort()).toEqual(["KHIT", "MUDMEE"])
  expect(attributes).toMatchObject({
    fiber: "SILK",
    dye: "NATURAL",
    fabric_type: "MUDMEE_SILK",
    royal_pattern: "KHO_SIRIVANNAVARI",
    royal_pattern_year_be: 2564,
    provincial_pattern: "ลายดอกพิกุล",
    hand_woven: true,
    soft_power: ["FASHION"],
    campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
  })

  // The product page sums them up.
  await page.getByRole("link", { name: "กลับไปที่สินค้า" }).click()
  await expect(page.getByTestId("product-attributes-summary")).toContainText("ผ้าไหม")
  await expect(page.getByTestId("product-attributes-summary")).toContainText("ผ้าไทยใส่ให้สนุก")
  await page.screenshot({ path: "test-results/trust-attributes.png", fullPage: true })
})

test("expired and soon-expiring certifications are highlighted in the list and summed up on the dashboard", async ({ page }) => {
  test.setTimeout(180_000)
  const token = await signInToken("producer", DEMO.producer)
  const product = await createProduct(token, `e2e-trust-expiry-${Date.now()}`, "food")
  const submit = (body: Record<string, unknown>) =>
    api<{ certification: Certification }>(`/producer/products/${product.id}/certifications`, { token, body }).then((r) => r.certification)
  // Within มผช.'s 90-day lead time, and one whose day has passed.
  const soon = await submit({ scheme: "tcps", number: "มผช. 12/2560", issued_at: bangkokDayFromToday(-300), expires_at: bangkokDayFromToday(30) })
  const gone = await submit({ scheme: "fda_food", number: "50-2-00162-2-0031", issued_at: bangkokDayFromToday(-400), expires_at: bangkokDayFromToday(-3) })

  await signInProducer(page, DEMO.producer)
  const summary = page.getByTestId("trust-warnings")
  await expect(summary).toBeVisible()
  await expect(summary.getByTestId("trust-warnings-expiring")).toContainText("จะหมดอายุเร็ว ๆ นี้")
  await expect(summary.getByTestId("trust-warnings-expired")).toContainText("หมดอายุแล้ว")
  await summary.getByRole("link", { name: "ดูใบรับรอง" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/certifications$/)

  await expect(card(page, soon.id)).toHaveAttribute("data-warning", "expiring")
  await expect(card(page, soon.id).getByTestId("expiry-warning")).toHaveText(/จะหมดอายุในอีก 30 วัน/)
  await expect(card(page, gone.id)).toHaveAttribute("data-warning", "expired")
  await expect(card(page, gone.id).getByTestId("expiry-warning")).toHaveText(/หมดอายุแล้ว 3 วันก่อน/)
  // A renewal link prefilled with the scheme and the product.
  await card(page, gone.id).getByRole("link", { name: /ยื่นใบรับรองใหม่/ }).click()
  await expect(page).toHaveURL(/\/certifications\/new\?/)
  await expect(page.getByLabel("มาตรฐาน / ใบรับรอง")).toHaveValue("fda_food")
  await expect(page.getByLabel("สินค้า", { exact: true })).toHaveValue(product.id)

  // Whatever the demo data holds: every expired certification of the group is flagged (or shown as renewed).
  const { certifications } = await api<{ certifications: Certification[] }>("/producer/certifications", { token })
  await page.goto("/th/producer/certifications")
  for (const expired of certifications.filter((c) => c.status === "expired")) {
    await expect(card(page, expired.id).getByTestId("expiry-warning")).toHaveAttribute("data-kind", /^(expired|renewed)$/)
    await expect(card(page, expired.id).getByTestId("certification-status")).toHaveText("หมดอายุ")
  }
  for (const pending of certifications.filter((c) => c.status === "pending")) {
    await expect(card(page, pending.id).getByTestId("certification-status")).toHaveText("รอตรวจสอบ")
  }
  await page.screenshot({ path: "test-results/trust-expiry-warnings.png", fullPage: true })
})

test("in English: the certifications page, the form's format hint and a refused number", async ({ page }) => {
  test.setTimeout(120_000)
  await signInProducer(page, DEMO.producer)
  await page.goto("/en/producer/certifications")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Standards and certifications")
  await expect(page.getByRole("navigation", { name: "Producer menu" }).getByRole("link", { name: "Certifications" })).toHaveAttribute("aria-current", "page")
  await page.getByTestId("add-certification").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a certification")

  await page.getByLabel("Standard or certification").selectOption("fda_food")
  await expect(page.locator("#cert-number-hint")).toContainText("Format XX-X-XXXXX-X-XXXX")
  await page.getByLabel("Product", { exact: true }).selectOption({ index: 1 })
  await page.getByLabel("Food serial number (13-digit FDA number)").fill("50-2-00162-2-003")
  await page.getByRole("button", { name: "Save as draft" }).click()
  await expect(page.locator("#cert-number-error")).toHaveText(
    "This number is not in the expected format XX-X-XXXXX-X-XXXX (a 13-digit food serial number, e.g. 50-2-00162-2-0031)",
  )

  // A scheme that certifies the whole group needs no product.
  await page.getByLabel("Standard or certification").selectOption("gmp")
  await expect(page.getByTestId("group-scheme-note")).toHaveText("This standard certifies the whole producer group; no product needs to be chosen.")
  await expect(page.getByLabel("Product", { exact: true })).toHaveCount(0)
})
