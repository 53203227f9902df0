import { expect, test, type Page } from "@playwright/test"
import { api, BACKEND, DEMO, DEMO_PASSWORD, signInToken, TINY_PDF } from "./support"

// The OTOP trust widget on the Medusa admin's product page (backend/src/admin/widgets/product-trust.tsx),
// against the real built stack. The admin is a desktop tool: a desktop viewport, not the phone.
test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false })

type Trust = {
  grades: { round_be: number; stars: number; source: string }[]
  certifications: { id: string; status: string; status_reason: string | null }[]
  attributes: { fiber: string | null; techniques: string[]; soft_power: string[] } | null
}

/** A published textile of the demo producer's group, with a producer's pending มผช. claim (a scan attached). */
async function textileWithPendingClaim() {
  const token = await signInToken("producer", DEMO.producer)
  const handle = `e2e-admin-trust-${Date.now().toString(36)}`
  const { product } = await api<{ product: { id: string } }>("/producer/products", {
    token,
    body: {
      handle,
      title: { th: `ผ้าทดสอบ ${handle}`, en: `Test cloth ${handle}` },
      category: "textile-apparel",
      status: "published",
      weight_g: 300,
      variants: [{ price: "1290.00", stock: 3 }],
    },
  })
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(TINY_PDF)], { type: "application/pdf" }), "tcps.pdf")
  form.append("purpose", "document")
  const { uploads } = await api<{ uploads: { id: string }[] }>("/producer/uploads", { token, body: form })
  const { certification } = await api<{ certification: { id: string } }>(`/producer/products/${product.id}/certifications`, {
    token,
    body: { scheme: "tcps", number: "มผช. 17/2565", document_id: uploads[0].id },
  })
  return { productId: product.id, claimId: certification.id }
}

/** The dashboard keeps the admin user's language in the `lng` cookie (i18next, read first); the widget follows it. */
async function chooseAdminLanguage(page: Page, language: "th" | "en") {
  await page.context().addCookies([{ name: "lng", value: language, url: BACKEND }])
}

/** Signs in through the dashboard's own login form (in the language the admin user chose). */
async function signInAdmin(page: Page, language: "th" | "en") {
  await chooseAdminLanguage(page, language)
  await page.goto(`${BACKEND}/app/login`)
  await page.getByRole("textbox", { name: language === "th" ? "อีเมล" : "Email" }).fill(DEMO.admin)
  await page.locator("input[type=password]").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: language === "th" ? "ดำเนินการต่อด้วยอีเมล" : "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/app\/login/, { timeout: 30_000 })
  return signInToken("user", DEMO.admin)
}

const widget = (page: Page) => page.getByTestId("product-trust-widget")

async function choose(page: Page, trigger: string, option: string | RegExp) {
  await widget(page).locator(`#${trigger}`).click()
  await page.getByRole("option", { name: option }).click()
}

test("an operator edits a product's grades, certifications and attributes in the admin widget (Thai), then reads it in English", async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const { productId, claimId } = await textileWithPendingClaim()
  const token = await signInAdmin(page, "th")
  const trust = () => api<Trust>(`/admin/products/${productId}/trust`, { token })

  await page.goto(`${BACKEND}/app/products/${productId}`)
  await expect(widget(page).getByRole("heading", { name: "ข้อมูลความน่าเชื่อถือ OTOP" })).toBeVisible({ timeout: 60_000 })
  await expect(widget(page).getByText("ยังไม่มีระดับดาวในรอบใด")).toBeVisible()

  // A round is added, then corrected; the history shows the operator as its author.
  await widget(page).getByRole("button", { name: "เพิ่ม/แก้ไขรอบการคัดสรร" }).click()
  await widget(page).getByRole("button", { name: "เพิ่มรอบ" }).click()
  await expect(widget(page).getByText("ระบุปี พ.ศ. ของรอบการคัดสรร เช่น 2567")).toBeVisible()
  await widget(page).getByLabel("รอบการคัดสรร (ปี พ.ศ.)").fill("2566")
  await choose(page, "trust-grade-stars", /4 ดาว/)
  await widget(page).getByLabel("เลขที่ใบประกาศ").fill("OTOP-66-0042")
  await widget(page).getByRole("button", { name: "เพิ่มรอบ" }).click()
  const row2566 = widget(page).getByTestId("grade-2566")
  await expect(row2566).toContainText("4 ดาว")
  await expect(row2566).toContainText("OTOP-66-0042")
  await expect(row2566).toContainText("ผู้ดูแลแพลตฟอร์ม")
  await widget(page).getByRole("button", { name: "แก้ไข 2566" }).click()
  await expect(widget(page).getByText("ปี 2566 มีระดับดาวอยู่แล้ว: การบันทึกจะเป็นการแก้ไขรอบนี้")).toBeVisible()
  await choose(page, "trust-grade-stars", /5 ดาว/)
  await widget(page).getByRole("button", { name: "บันทึกการแก้ไข" }).click()
  await expect(row2566).toContainText("5 ดาว")
  expect((await trust()).grades).toEqual([expect.objectContaining({ round_be: 2566, stars: 5, source: "operator" })])

  // The producer's pending claim is rejected, with a reason that is required.
  const claim = widget(page).getByTestId(`certification-${claimId}`)
  await expect(claim).toContainText("มผช. 17/2565")
  await expect(claim).toContainText("รอตรวจสอบ")
  await expect(claim.getByRole("link", { name: "เปิดเอกสาร" })).toHaveAttribute("href", `/admin/products/${productId}/trust/certifications/${claimId}/document`)
  await expect(claim.getByRole("link", { name: "ตรวจสอบกับหน่วยงาน" })).toHaveAttribute("href", /tcps\.tisi\.go\.th/)
  await claim.getByRole("button", { name: /^ไม่ผ่าน/ }).click()
  await widget(page).getByRole("button", { name: "ยืนยันไม่ผ่าน" }).click()
  await expect(widget(page).getByText("ระบุเหตุผลที่ไม่ผ่าน")).toBeVisible()
  await widget(page).getByRole("textbox", { name: /เหตุผลที่ไม่ผ่าน/ }).fill("เลขที่ไม่ตรงกับใบรับรอง")
  await widget(page).getByRole("button", { name: "ยืนยันไม่ผ่าน" }).click()
  await expect(claim).toContainText("ไม่ผ่าน")
  await expect(claim).toContainText("เลขที่ไม่ตรงกับใบรับรอง")

  // The operator adds a มผช. with its scan: a wrong number is refused showing the format, then it is added and verified.
  await widget(page).getByRole("button", { name: "เพิ่มมาตรฐาน/เครื่องหมาย" }).click()
  await choose(page, "trust-cert-scheme", "มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)")
  await widget(page).getByLabel("เลขที่", { exact: true }).fill("มผช. 17")
  await widget(page).locator("#trust-cert-document").setInputFiles({ name: "มผช-ผ้าไหม.pdf", mimeType: "application/pdf", buffer: TINY_PDF })
  await widget(page).getByRole("button", { name: "เพิ่ม", exact: true }).click()
  await expect(widget(page).getByRole("alert").filter({ hasText: /^number: / })).toBeVisible()
  await widget(page).getByLabel("เลขที่", { exact: true }).fill("มผช. 20/2566")
  await widget(page).getByRole("button", { name: "เพิ่ม", exact: true }).click()
  const added = widget(page).locator("[data-testid^='certification-']").filter({ hasText: "มผช. 20/2566" })
  await expect(added).toContainText("รอตรวจสอบ")
  await added.getByRole("button", { name: /^ยืนยันผ่าน/ }).click()
  await expect(added).toContainText("ตรวจสอบแล้ว")
  const certs = (await trust()).certifications
  expect(certs.find((c) => c.id === claimId)).toMatchObject({ status: "rejected", status_reason: "เลขที่ไม่ตรงกับใบรับรอง" })
  expect(certs.filter((c) => c.status === "verified")).toHaveLength(1)

  // Fabric and soft-power attributes from the fixed vocabularies.
  await choose(page, "trust-fiber", "ผ้าไหม")
  await widget(page).getByLabel("มัดหมี่", { exact: true }).check()
  await widget(page).getByLabel("แฟชั่น", { exact: true }).check()
  await widget(page).getByRole("button", { name: "บันทึกคุณลักษณะ" }).click()
  await expect.poll(async () => (await trust()).attributes).toMatchObject({ fiber: "SILK", techniques: ["MUDMEE"], soft_power: ["FASHION"] })

  // In English, the same data in the admin user's language.
  await chooseAdminLanguage(page, "en")
  await page.reload()
  await expect(page.getByRole("link", { name: "Products" }).first()).toBeVisible({ timeout: 60_000 }) // the dashboard itself is in English
  await expect(widget(page).getByRole("heading", { name: "OTOP trust data" })).toBeVisible({ timeout: 60_000 })
  await expect(widget(page).getByTestId("grade-2566")).toContainText("5 stars")
  await expect(widget(page).getByTestId(`certification-${claimId}`)).toContainText("Rejected")
  await expect(widget(page).getByText("Thai Community Product Standard (TCPS)").first()).toBeVisible()
  await widget(page).screenshot({ path: testInfo.outputPath("admin-trust-widget-en.png") }) // for a look at the layout
})
