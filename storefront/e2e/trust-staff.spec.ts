import { expect, test, type Page } from "@playwright/test"
import { api, BACKEND, DEMO, publishableKey, signInStaff, signInToken, TINY_PDF } from "./support"

// The CDD staff desk's trust screens against the real stack: the certification queue (verify,
// reject, drafts), grade entry and the open-data CSV import. The spec makes its own data through
// the producer and staff APIs and finds it again by unique numbers; it reads the demo catalog's
// products and groups but not the demo trust data, which may change.

type ProducerProduct = { id: string; title: string }
type Certification = { id: string; status: string; status_reason: string | null; certificate_number: string | null }
type StaffProduct = {
  id: string
  title_th: string
  category: string | null
  producer_group: { id: string; name_th: string; province_code: string }
}
type Grade = { round_be: number; stars: number }

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

// CDD's product types as they appear in the open-data file, per category.
const CDD_TYPE: Record<string, string> = {
  food: "อาหาร",
  beverage: "เครื่องดื่ม",
  "textile-apparel": "ผ้าและเครื่องแต่งกาย",
  "houseware-decor-souvenir": "ของใช้ของตกแต่งของที่ระลึก",
  "herbal-nonfood": "สมุนไพรที่ไม่ใช่อาหาร",
}

/** The demo producer (a Surin silk group) files a มผช. certification for one of its products, with a document unless told. */
async function fileCertification(certificateNumber: string, withDocument = true) {
  const token = await signInToken("producer", DEMO.producer)
  const { products } = await api<{ products: ProducerProduct[] }>("/producer/products?limit=1", { token })
  expect(products.length).toBeGreaterThan(0)
  let documentId: string | undefined
  if (withDocument) {
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(TINY_PDF)], { type: "application/pdf" }), "มผช-ใบรับรอง.pdf")
    form.append("purpose", "document") // certificates are private files
    documentId = (await api<{ uploads: { id: string }[] }>("/producer/uploads", { token, body: form })).uploads[0].id
  }
  const nextYear = new Date()
  nextYear.setFullYear(nextYear.getFullYear() + 2)
  const { certification } = await api<{ certification: Certification }>(`/producer/products/${products[0].id}/certifications`, {
    token,
    body: {
      scheme: "tcps",
      number: "มผช. 20/2546",
      certificate_number: certificateNumber,
      issued_at: new Date().toISOString().slice(0, 10),
      expires_at: nextYear.toISOString().slice(0, 10),
      ...(documentId ? { document_id: documentId } : {}),
    },
  })
  expect(certification.status).toBe(withDocument ? "pending" : "draft")
  return { certification, product: products[0] }
}

async function staffCertification(id: string): Promise<Certification> {
  const token = await signInToken("cdd_staff", DEMO.staffNational)
  return (await api<{ certification: Certification }>(`/staff/certifications/${id}`, { token })).certification
}

/** Nothing on the page is wider than the phone (a wider page zooms out and misplaces taps); names what sticks out. */
async function expectNoSideScroll(page: Page) {
  const width = page.viewportSize()!.width
  const wide = await page.evaluate((limit) => {
    const out: string[] = []
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect()
      if (box.right <= limit + 1 || box.width === 0) continue
      // Inside a scrolling row that itself fits (the status tabs): clipped, fine.
      let clipped = false
      for (let up = element.parentElement; up && !clipped; up = up.parentElement) {
        clipped = getComputedStyle(up).overflowX !== "visible" && up.getBoundingClientRect().right <= limit + 1
      }
      if (!clipped) out.push(`${Math.round(box.right)} ${element.outerHTML.slice(0, 160)}`)
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: out.slice(-6) }
  }, width)
  expect(wide).toEqual({ scrollWidth: width, wide: [] })
}

async function openQueueSearch(page: Page, q: string, status?: string) {
  await page.goto(`/th/staff/certifications?${new URLSearchParams({ q, ...(status ? { status } : {}) })}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ตรวจสอบมาตรฐานและใบรับรอง")
}

test("the national officer opens the queue, reads the document, verifies one and rejects another with a reason", async ({ page }) => {
  const run = stamp()
  const toVerify = await fileCertification(`E2E-V-${run}`)
  const toReject = await fileCertification(`E2E-R-${run}`)

  await signInStaff(page, DEMO.staffNational)
  await page.getByTestId("desk-nav-certifications").click()
  await expect(page).toHaveURL(/\/th\/staff\/certifications$/)
  await expect(page.getByTestId("desk-nav-certifications")).toHaveAttribute("aria-current", "page")
  await expect(page.getByTestId("cert-tab-pending")).toHaveAttribute("aria-current", "page")

  // Search from the form: the certificate number finds it among the pending ones.
  const search = page.getByRole("search", { name: "ค้นหาใบรับรอง" })
  await search.getByLabel("ค้นหา", { exact: true }).fill(`E2E-V-${run}`)
  await search.getByRole("button", { name: "ค้นหา", exact: true }).click()
  const row = page.locator(`[data-testid="cert-row"][data-id="${toVerify.certification.id}"]`)
  await expect(row).toBeVisible()
  await expect(page.getByTestId("cert-row")).toHaveCount(1)
  await expect(row).toContainText("มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)")
  await expect(row).toContainText("มผช. 20/2546")
  await expect(row).toContainText("สุรินทร์")
  await expectNoSideScroll(page)
  await page.screenshot({ path: "test-results/trust-staff-queue.png", fullPage: true })
  await row.getByRole("link").click()

  await expect(page.getByTestId("cert-scheme")).toHaveText("มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)")
  await expect(page.getByTestId("cert-number")).toHaveText("มผช. 20/2546")
  await expect(page.getByTestId("cert-product")).toHaveText(toVerify.product.title)
  await expect(page.getByTestId("field-certificate_number")).toContainText(`E2E-V-${run}`)
  // Dates in the Buddhist era.
  const thisYearBe = String(new Date().getFullYear() + 543)
  await expect(page.getByTestId("field-issued_at")).toContainText(thisYearBe)
  await expect(page.getByTestId("cert-lookup")).toHaveAttribute("href", "https://tcps.tisi.go.th/")

  // The private document is streamed by the storefront; no backend address or token reaches the page.
  const documentLink = page.getByTestId("cert-document")
  const href = await documentLink.getAttribute("href")
  expect(href).toBe(`/api/staff/certifications/${toVerify.certification.id}/document?locale=th`)
  const html = await page.content()
  expect(html).not.toContain(`${BACKEND}/staff`)
  expect(html).not.toMatch(/private-uploads|Bearer /)
  const [popup] = await Promise.all([page.waitForEvent("popup"), documentLink.click()])
  await popup.close()
  const file = await page.request.get(href!)
  expect(file.status()).toBe(200)
  expect(file.headers()["content-type"]).toBe("application/pdf")
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-")

  await expectNoSideScroll(page)
  await page.screenshot({ path: "test-results/trust-staff-certification.png", fullPage: true })
  await page.getByRole("button", { name: "ยืนยันใบรับรอง" }).click()
  await expect(page.getByTestId("cert-done")).toHaveText(/ยืนยันใบรับรองแล้ว/)
  expect((await staffCertification(toVerify.certification.id)).status).toBe("verified")
  // It has left the queue, and shows under "verified".
  await openQueueSearch(page, `E2E-V-${run}`)
  await expect(page.getByTestId("cert-empty")).toBeVisible()
  await openQueueSearch(page, `E2E-V-${run}`, "verified")
  await expect(page.locator(`[data-testid="cert-row"][data-id="${toVerify.certification.id}"]`)).toBeVisible()

  // Reject the other: the reason is required, then confirmed.
  await page.goto(`/th/staff/certifications/${toReject.certification.id}`)
  await page.getByRole("button", { name: "ปฏิเสธใบรับรอง" }).click()
  await expect(page.getByText("กรุณาระบุเหตุผลที่ปฏิเสธ")).toBeVisible()
  await expect(page.getByLabel("เหตุผลที่ปฏิเสธ")).toBeFocused()
  await page.getByLabel("เหตุผลที่ปฏิเสธ").fill("เลขที่ใบรับรองไม่ตรงกับเอกสาร (e2e)")
  await page.getByRole("button", { name: "ปฏิเสธใบรับรอง" }).click()
  await expect(page.getByText("ยืนยันการปฏิเสธใบรับรองนี้หรือไม่")).toBeVisible()
  await page.getByRole("button", { name: "ยืนยันการปฏิเสธ" }).click()
  await expect(page.getByTestId("cert-done")).toHaveText(/ปฏิเสธใบรับรองแล้ว/)
  const rejected = await staffCertification(toReject.certification.id)
  expect([rejected.status, rejected.status_reason]).toEqual(["rejected", "เลขที่ใบรับรองไม่ตรงกับเอกสาร (e2e)"])
  await page.goto(`/th/staff/certifications/${toReject.certification.id}`)
  await expect(page.getByTestId("cert-status").first()).toHaveAttribute("data-status", "rejected")
  await expect(page.getByText("เหตุผล: เลขที่ใบรับรองไม่ตรงกับเอกสาร (e2e)")).toBeVisible()

  // The English desk.
  await page.goto("/en/staff/certifications")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Standards and certifications to verify")
})

test("a draft without a document cannot be verified: the button is disabled and says why", async ({ page }) => {
  const run = stamp()
  const draft = await fileCertification(`E2E-D-${run}`, false)
  await signInStaff(page, DEMO.staffNational)
  await openQueueSearch(page, `E2E-D-${run}`, "draft")
  await page.locator(`[data-testid="cert-row"][data-id="${draft.certification.id}"]`).getByRole("link").click()
  await expect(page.getByTestId("cert-no-document")).toBeVisible()
  await expect(page.getByRole("button", { name: "ยืนยันใบรับรอง" })).toBeDisabled()
  await expect(page.getByTestId("verify-blocked")).toHaveText(/ยังไม่มีเอกสารแนบ/)
  await expect(page.getByRole("button", { name: "ปฏิเสธใบรับรอง" })).toHaveCount(0)
})

test("the Chiang Mai officer does not see a Surin certification: not in the queue, its page and document are 404s", async ({ page }) => {
  const run = stamp()
  const { certification } = await fileCertification(`E2E-CM-${run}`)
  await signInStaff(page, DEMO.staffChiangMai)
  await openQueueSearch(page, `E2E-CM-${run}`)
  await expect(page.getByTestId("cert-empty")).toBeVisible()
  const response = await page.goto(`/th/staff/certifications/${certification.id}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ไม่พบหน้าที่คุณต้องการ")
  const document = await page.request.get(`/api/staff/certifications/${certification.id}/document?locale=th`)
  expect(document.status()).toBe(404)
})

/** A demo product on sale whose Thai title is unique in its group (the CSV matches by names). */
async function gradableProduct(): Promise<StaffProduct> {
  const token = await signInToken("cdd_staff", DEMO.staffNational)
  const { products } = await api<{ products: StaffProduct[] }>("/staff/products?limit=100", { token })
  const product = products.find(
    (p) =>
      p.category &&
      CDD_TYPE[p.category] &&
      products.filter((o) => o.producer_group.id === p.producer_group.id && o.title_th.trim() === p.title_th.trim()).length === 1,
  )
  expect(product).toBeDefined()
  return product!
}

async function gradesOf(productId: string): Promise<Grade[]> {
  const token = await signInToken("cdd_staff", DEMO.staffNational)
  return (await api<{ grades: Grade[] }>(`/staff/products/${productId}/grades`, { token })).grades
}

// The import test writes this round; grade entry picks another one.
const IMPORT_ROUND = 2547

test("the officer finds a product, records a grade for a round, and a round already graded is refused clearly", async ({ page }) => {
  const product = await gradableProduct()
  const taken = new Set((await gradesOf(product.id)).map((g) => g.round_be))
  const round = [2560, 2559, 2558, 2557, 2556, 2555, 2554, 2553, 2552, 2551, 2550].find((r) => !taken.has(r))!

  await signInStaff(page, DEMO.staffNational)
  await page.getByTestId("desk-nav-grades").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("บันทึกผลการคัดสรรดาว")
  const search = page.getByRole("search", { name: "ค้นหาผลิตภัณฑ์" })
  await search.getByLabel("ค้นหาผลิตภัณฑ์", { exact: true }).fill(product.title_th)
  await search.getByRole("button", { name: "ค้นหา", exact: true }).click()
  await page.locator(`[data-testid="product-row"][data-id="${product.id}"]`).getByRole("link").click()
  await expect(page.getByTestId("grade-product")).toHaveText(product.title_th)
  await expectNoSideScroll(page)

  // A CE year is caught before sending.
  await page.getByRole("radio", { name: "4 ดาว" }).check()
  await page.getByLabel("รอบการคัดสรร (ปี พ.ศ.)").fill("2024")
  await page.getByRole("button", { name: "บันทึกผลการคัดสรร" }).click()
  await expect(page.getByText("2024 เป็นปี ค.ศ. กรุณาระบุเป็นปี พ.ศ. (2567)")).toBeVisible()

  await page.getByLabel("รอบการคัดสรร (ปี พ.ศ.)").fill(String(round))
  await page.getByLabel("คะแนน").fill("82.5")
  await page.getByLabel("เลขที่ใบประกาศ").fill(`OPC-${round}-E2E`)
  await page.getByLabel("วันที่ประกาศผล").fill("2024-09-27")
  await expect(page.getByTestId("announced-preview")).toHaveText("วันที่ประกาศผล: 27 กันยายน 2567")
  await page.getByRole("button", { name: "บันทึกผลการคัดสรร" }).click()
  await expect(page.getByTestId("grade-done")).toHaveText(`บันทึกผลการคัดสรรปี ${round} แล้ว`)
  const recorded = page.locator(`[data-testid="grade-round"][data-round="${round}"]`)
  await expect(recorded).toHaveAttribute("data-stars", "4")
  await expect(recorded).toContainText(`OTOP 4 ดาว ปี ${round}`)
  await expect(recorded).toContainText("82.5")
  await expect(recorded).toContainText("27 กันยายน 2567")
  expect((await gradesOf(product.id)).find((g) => g.round_be === round)?.stars).toBe(4)
  await page.screenshot({ path: "test-results/trust-staff-grade.png", fullPage: true })

  // The same round again: the backend's 422 is said on the round field.
  await page.getByRole("radio", { name: "5 ดาว" }).check()
  await page.getByLabel("รอบการคัดสรร (ปี พ.ศ.)").fill(String(round))
  await page.getByRole("button", { name: "บันทึกผลการคัดสรร" }).click()
  await expect(page.getByText(`ผลิตภัณฑ์นี้มีผลการคัดสรรปี ${round} แล้ว`)).toBeVisible()
  expect((await gradesOf(product.id)).find((g) => g.round_be === round)?.stars).toBe(4)
})

test("the officer imports CDD's CSV: a dry run lists the matching and the unmatched rows, apply records the match and reports the other", async ({ page }) => {
  const product = await gradableProduct()
  const { provinces } = await api<{ provinces: { code: string; name_th: string }[] }>("/store/geo/provinces", {
    headers: { "x-publishable-api-key": await publishableKey() },
  })
  const province = provinces.find((p) => p.code === product.producer_group.province_code)!.name_th
  const missing = `สินค้าที่ไม่มีในระบบ ${stamp()}`
  const group = product.producer_group.name_th
  const type = CDD_TYPE[product.category!]
  const csv = [
    "ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว",
    `"${product.title_th}","${group}",${province},${type},5 ดาว`,
    `"${missing}","${group}",${province},${type},3 ดาว`,
  ].join("\r\n")

  const before = await gradesOf(product.id)

  await signInStaff(page, DEMO.staffNational)
  await page.getByTestId("desk-nav-import").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("นำเข้าผลการคัดสรรจากไฟล์ CSV")
  const template = await page.request.get((await page.getByTestId("import-template-link").getAttribute("href"))!)
  expect(template.headers()["content-type"]).toContain("text/csv")
  expect(await template.text()).toContain("ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว")

  // Without a file, the form says so.
  await page.getByRole("button", { name: "ตรวจไฟล์ (ยังไม่บันทึก)" }).click()
  await expect(page.getByText("กรุณาเลือกไฟล์ CSV")).toBeVisible()

  await page.getByLabel("ไฟล์ CSV").setInputFiles({ name: "CDD_OPC_2547.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv) })
  await page.getByLabel("รอบการคัดสรร (ปี พ.ศ.)").fill(String(IMPORT_ROUND))
  await page.getByRole("button", { name: "ตรวจไฟล์ (ยังไม่บันทึก)" }).click()

  const preview = page.getByTestId("import-preview")
  await expect(preview).toBeVisible()
  await expect(page.getByTestId("import-preview-summary")).toHaveText("ทั้งหมด 2 แถว: ตรงกับผลิตภัณฑ์ 1 แถว ไม่ตรง 1 แถว")
  await expect(preview.getByTestId("import-matched-row")).toHaveCount(1)
  await expect(preview.getByTestId("import-matched-row")).toContainText(product.title_th)
  await expect(preview.getByTestId("import-matched-row")).toContainText("5 ดาว")
  const unmatched = preview.getByTestId("import-unmatched-row")
  await expect(unmatched).toHaveCount(1)
  await expect(unmatched).toHaveAttribute("data-code", "product_unknown")
  await expect(unmatched.getByTestId("import-reason")).toHaveText(`ไม่พบผลิตภัณฑ์ “${missing}” ของ${group}`)
  await expectNoSideScroll(page)
  await page.screenshot({ path: "test-results/trust-staff-import-preview.png", fullPage: true })
  // Nothing is written by the dry run.
  expect(await gradesOf(product.id)).toEqual(before)

  await page.getByRole("button", { name: "บันทึก 1 แถว" }).click()
  const result = page.getByTestId("import-result")
  await expect(result).toBeVisible()
  await expect(page.getByTestId("import-applied-count")).toHaveAttribute("data-count", "1")
  await expect(page.getByTestId("import-applied-count")).toContainText("บันทึกแล้ว 1 แถว")
  await expect(result.getByTestId("import-unmatched-row")).toHaveCount(1)
  await expect(result.getByTestId("import-reason")).toHaveText(`ไม่พบผลิตภัณฑ์ “${missing}” ของ${group}`)
  expect((await gradesOf(product.id)).find((g) => g.round_be === IMPORT_ROUND)?.stars).toBe(5)
  await page.screenshot({ path: "test-results/trust-staff-import-result.png", fullPage: true })
})
