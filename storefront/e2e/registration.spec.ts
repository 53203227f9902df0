import { expect, test, type Page } from "@playwright/test"

// A new producer signs up and files an OTOP registration, against the real stack (phone, Thai UI).
const BACKEND_URL = process.env.BACKEND_URL ?? process.env.MEDUSA_BACKEND_URL
const DEMO_PASSWORD = "otop-demo-2567"
const STAFF_CHIANG_MAI = "staff.chiangmai@demo.otop.local"
/** The demo's pending registration: its handle is taken. */
const TAKEN_HANDLE = "mae-kampong-coffee"

// A 1×1 PNG and a minimal PDF, enough for the upload route.
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAABJRU5ErkJggg==",
  "base64",
)
const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

/** Labels of required fields end with a "*" (hidden from screen readers). */
const exactLabel = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`)

function currentYearBe(): number {
  return new Date(Date.now() + 7 * 3600_000).getUTCFullYear() + 543
}

async function signUp(page: Page, email: string, password = "ปลอดภัย-2568") {
  await page.getByLabel(exactLabel("ชื่อ")).fill("สมศรี")
  await page.getByLabel(exactLabel("นามสกุล")).fill("ทดสอบระบบ")
  await page.getByLabel(exactLabel("เบอร์โทรศัพท์มือถือ")).fill("081-234-5678")
  await page.getByLabel(exactLabel("อีเมล")).fill(email)
  await page.getByLabel(exactLabel("รหัสผ่าน")).fill(password)
  await page.getByRole("button", { name: "สร้างบัญชี" }).click()
}

async function staffToken(): Promise<string> {
  const response = await fetch(`${BACKEND_URL}/auth/cdd_staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: STAFF_CHIANG_MAI, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test("a new producer signs up, registers a Chiang Mai group with its documents and sees it pending; Chiang Mai staff get it", async ({
  page,
}) => {
  test.setTimeout(120_000)
  expect(BACKEND_URL, "BACKEND_URL is set by the test runner").toBeTruthy()
  const stamp = Date.now().toString(36)
  const email = `e2e-producer-${stamp}@example.th`
  const handle = `e2e-silk-${stamp}`

  // From the login page to the sign-up page and back.
  await page.goto("/th/producer/login")
  await page.getByRole("link", { name: "สมัครบัญชีและลงทะเบียนกลุ่ม" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/signup$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("สมัครบัญชีผู้ผลิต")
  await expect(page.getByText("อย่างน้อย 8 ตัวอักษร")).toBeVisible()

  // A too-short password is refused in Thai before anything is created.
  await signUp(page, email, "1234")
  await expect(page.getByText("รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร")).toBeVisible()
  await expect(page.getByLabel(exactLabel("อีเมล"))).toHaveValue(email)

  await signUp(page, email)
  await expect(page).toHaveURL(/\/th\/producer\/register$/, { timeout: 20_000 })

  // Without a group, the dashboard leads to the registration.
  await page.goto("/th/producer")
  const cta = page.getByTestId("register-cta")
  await expect(cta).toContainText("เริ่มขายสินค้า OTOP ออนไลน์")
  await cta.getByRole("link", { name: "ลงทะเบียนกลุ่มผู้ผลิต" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/register$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ลงทะเบียนกลุ่มผู้ผลิต OTOP")

  // Group.
  await page.getByLabel("ชื่อกลุ่ม (ภาษาไทย)").fill(`กลุ่มทอผ้าทดสอบ ${stamp}`)
  await page.getByLabel("ชื่อกลุ่ม (ภาษาอังกฤษ)").fill(`E2E Silk ${stamp}`)
  await expect(page.getByLabel("ชื่อในลิงก์ร้าน")).toHaveValue(handle)
  await page.getByLabel("เลขทะเบียนผู้ประกอบการ OTOP").fill(`E2E-${stamp}`)
  await page.getByLabel("ปีที่ลงทะเบียน OTOP").fill("2562")

  // Address: the postcode fills Chiang Mai / Mueang Chiang Mai and narrows the subdistricts.
  await page.getByLabel("รหัสไปรษณีย์").fill("50200")
  await expect(page.getByLabel("จังหวัด")).toHaveValue("50")
  await expect(page.getByLabel("อำเภอ / เขต")).toHaveValue("5001")
  const subdistrict = page.getByLabel("ตำบล / แขวง")
  await expect(subdistrict.locator("option", { hasText: "ศรีภูมิ" })).toHaveCount(1)
  await subdistrict.selectOption({ label: "ศรีภูมิ" })
  await expect(subdistrict).toHaveValue("500101")
  await page.getByLabel("หมู่ที่").fill("3")
  await page.getByLabel("ชื่อหมู่บ้าน (ภาษาไทย)").fill("บ้านทดสอบ")
  await page.getByLabel("บ้านเลขที่ ซอย ถนน").fill("12/3 ถนนราชดำเนิน")

  // Contact (the phone comes from the account) and story.
  await expect(page.getByLabel("เบอร์โทรศัพท์ของกลุ่ม")).toHaveValue("0812345678")
  await page.getByLabel("LINE ID ของกลุ่ม").fill("@e2esilk")
  await page.getByLabel("เรื่องราวของกลุ่ม (ภาษาไทย)").fill("กลุ่มแม่บ้านทอผ้าไหมด้วยกี่พื้นบ้าน")
  await page.getByLabel("สินค้าที่จะวางขาย").fill("ผ้าไหมมัดหมี่ ผ้าพันคอ")

  // Documents: a wrong type is refused in Thai, then the three required ones upload.
  // Each document box is a group named like its file input: find the input inside its box.
  const fileInput = (kind: string, label: string) => page.getByTestId(`documents-${kind}`).getByLabel(label)
  const idCard = page.getByTestId("documents-id_card_chair")
  await fileInput("id_card_chair", "สำเนาบัตรประชาชนประธานกลุ่ม").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("x") })
  await expect(idCard.getByRole("alert")).toHaveText("รองรับเฉพาะไฟล์ PDF, JPEG, PNG หรือ WebP")
  await idCard.getByRole("button", { name: "ลบไฟล์ notes.txt" }).click()
  await fileInput("id_card_chair", "สำเนาบัตรประชาชนประธานกลุ่ม").setInputFiles({ name: "สำเนาบัตร.pdf", mimeType: "application/pdf", buffer: TINY_PDF })
  await fileInput("house_registration", "สำเนาทะเบียนบ้าน").setInputFiles({ name: "house.pdf", mimeType: "application/pdf", buffer: TINY_PDF })
  await fileInput("product_photo", "รูปสินค้า").setInputFiles({ name: "silk.png", mimeType: "image/png", buffer: PIXEL_PNG })
  for (const kind of ["id_card_chair", "house_registration", "product_photo"]) {
    await expect(page.getByTestId(`documents-${kind}`).getByText("อัปโหลดแล้ว")).toBeVisible({ timeout: 20_000 })
  }

  // The demo group's handle is taken: the backend says so, shown in Thai next to the field.
  const handleField = page.getByLabel("ชื่อในลิงก์ร้าน")
  await handleField.fill(TAKEN_HANDLE)
  await page.getByRole("button", { name: "ส่งคำขอลงทะเบียน" }).click()
  await expect(page.locator("#handle-error")).toHaveText("ชื่อในลิงก์นี้มีกลุ่มอื่นใช้แล้ว กรุณาใช้ชื่ออื่น", { timeout: 20_000 })
  await expect(handleField).toHaveAttribute("aria-invalid", "true")
  await expect(handleField).toBeFocused()
  await expect(page).toHaveURL(/\/th\/producer\/register$/)
  // Everything else is kept.
  await expect(page.getByLabel("ชื่อกลุ่ม (ภาษาไทย)")).toHaveValue(`กลุ่มทอผ้าทดสอบ ${stamp}`)
  await expect(subdistrict).toHaveValue("500101")
  await expect(page.getByTestId("documents-product_photo").getByText("อัปโหลดแล้ว")).toBeVisible()
  await page.screenshot({ path: "test-results/registration-taken-handle.png", fullPage: true })

  await page.getByRole("button", { name: `ใช้ชื่อที่ระบบเสนอ: ${handle}` }).click()
  await expect(handleField).toHaveValue(handle)
  await page.getByRole("button", { name: "ส่งคำขอลงทะเบียน" }).click()

  // The status page: pending, the timeline with a Buddhist-era date, the documents filed.
  await expect(page).toHaveURL(new RegExp(`/th/producer/registrations\\?submitted=${handle}$`), { timeout: 30_000 })
  await expect(page.locator("main").getByRole("status").first()).toContainText("ส่งคำขอลงทะเบียนแล้ว")
  const card = page.locator(`[data-testid="registration"][data-handle="${handle}"]`)
  await expect(card).toHaveAttribute("data-status", "pending")
  await expect(card.locator('[data-status="pending"]').first()).toHaveText("รออนุมัติ")
  await expect(card).toContainText("จังหวัดเชียงใหม่")
  const timeline = card.getByTestId("timeline")
  await expect(timeline).toContainText("ยื่นคำขอลงทะเบียน")
  await expect(timeline).toContainText(String(currentYearBe()))
  const documents = card.getByTestId("documents").getByRole("listitem")
  await expect(documents).toHaveCount(3)
  await expect(card.getByTestId("documents")).toContainText("สำเนาบัตรประชาชนประธานกลุ่ม")
  await expect(card.getByTestId("documents")).toContainText("silk.png")
  await expect(card.getByTestId("documents")).toContainText("สำเนาบัตร.pdf")
  await page.screenshot({ path: "test-results/registration-status.png", fullPage: true })

  // The dashboard now shows the group as pending, with the way to its status.
  await page.goto("/th/producer")
  await expect(page.getByTestId("group-name-th")).toHaveText(`กลุ่มทอผ้าทดสอบ ${stamp}`)
  await expect(page.locator('section[aria-labelledby="group-title"] [data-status="pending"]')).toHaveText("รออนุมัติ")
  await expect(page.getByRole("link", { name: /ดูสถานะและประวัติการลงทะเบียน/ })).toBeVisible()

  // Chiang Mai staff see the registration among the pending ones in their province.
  const token = await staffToken()
  const listed = await fetch(`${BACKEND_URL}/staff/producer-groups?status=pending&q=${handle}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(listed.status).toBe(200)
  const { producer_groups } = (await listed.json()) as {
    producer_groups: { handle: string; status: string; province_code: string; subdistrict_code: string; otop_registration_no: string }[]
  }
  expect(producer_groups).toEqual([
    expect.objectContaining({
      handle,
      status: "pending",
      province_code: "50",
      subdistrict_code: "500101",
      otop_registration_no: `E2E-${stamp}`,
    }),
  ])
})

test("signing up with an email that already has an account says so in Thai; the English page is in English", async ({ page }) => {
  await page.goto("/th/producer/signup")
  await signUp(page, "producer@demo.otop.local", "not-the-demo-password")
  await expect(page.locator("main").getByRole("alert")).toContainText("อีเมลนี้มีบัญชีอยู่แล้ว กรุณาเข้าสู่ระบบ หรือใช้อีเมลอื่น")
  await expect(page.getByLabel(exactLabel("อีเมล"))).toHaveAttribute("aria-invalid", "true")
  await expect(page).toHaveURL(/\/th\/producer\/signup$/)

  await page.goto("/en/producer/signup")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a producer account")
  await expect(page.locator("main").getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", "/en/producer/login")
})
