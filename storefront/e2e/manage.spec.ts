import { expect, test, type Page } from "@playwright/test"

// The producer portal's management screens (team, group settings, CSV import) against the real
// stack, as the demo group's owner, in Thai on a phone.
const OWNER = "producer@demo.otop.local"
const PASSWORD = "otop-demo-2567"
const BACKEND = process.env.BACKEND_URL ?? process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

async function api<T = any>(path: string, options: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const response = await fetch(`${BACKEND}${path}`, {
    method: options.method ?? (options.body ? "POST" : "GET"),
    headers,
    body: options.body ? JSON.stringify(options.body) : undefined,
  })
  const data = await response.json().catch(() => undefined)
  if (!response.ok) throw new Error(`${options.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data as T
}

async function apiToken(email: string, password = PASSWORD): Promise<string> {
  const { token } = await api<{ token: string }>("/auth/producer/emailpass", { body: { email, password } })
  return token
}

async function signIn(page: Page, email = OWNER, password = PASSWORD) {
  await page.goto("/th/producer/login")
  await page.getByLabel("อีเมล").fill(email)
  await page.getByLabel("รหัสผ่าน").fill(password)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/producer$/)
}

const nav = (page: Page) => page.getByRole("navigation", { name: "เมนูผู้ผลิต" })

/** YYYY-MM-DD in Bangkok, `days` from today. */
function bangkokDay(days = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  )
}

test("the owner invites a new staff member, sees the pending invite and revokes another one", async ({ page }) => {
  const staffEmail = `e2e-staff-${unique()}@example.th`
  const otherEmail = `e2e-revoke-${unique()}@example.th`
  await signIn(page)
  await nav(page).getByRole("link", { name: "ทีมงาน" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/team$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ทีมงาน")
  await expect(page.getByTestId("member-row").filter({ hasText: OWNER })).toContainText("เจ้าของกลุ่ม")
  await expect(page.getByText("ผู้ได้รับเชิญเข้าร่วมกลุ่มได้โดยสมัครบัญชีผู้ผลิตด้วยอีเมลนี้", { exact: false })).toBeVisible()

  // A wrong email stays in the form with a Thai message.
  await page.getByLabel("อีเมลของผู้ที่จะเชิญ").fill("not-an-email")
  await page.getByRole("button", { name: "ส่งคำเชิญ" }).click()
  await expect(page.getByLabel("อีเมลของผู้ที่จะเชิญ")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com")).toBeVisible()

  for (const email of [staffEmail, otherEmail]) {
    await page.getByLabel("อีเมลของผู้ที่จะเชิญ").fill(email)
    await expect(page.getByRole("radio", { name: /^ทีมงาน/ })).toBeChecked()
    await page.getByRole("button", { name: "ส่งคำเชิญ" }).click()
    await expect(page.getByTestId("invite-sent")).toHaveText(`ส่งคำเชิญถึง ${email} แล้ว`)
    await expect(page.locator(`[data-testid="invite-row"][data-email="${email}"]`)).toContainText("ทีมงาน")
  }
  await page.screenshot({ path: "test-results/manage-team.png", fullPage: true })

  await page.getByRole("button", { name: `ยกเลิกคำเชิญของ ${otherEmail}` }).click()
  await expect(page.locator(`[data-testid="invite-row"][data-email="${otherEmail}"]`)).toHaveCount(0)
  await expect(page.locator(`[data-testid="invite-row"][data-email="${staffEmail}"]`)).toBeVisible()
  await page.reload()
  await expect(page.locator(`[data-testid="invite-row"][data-email="${otherEmail}"]`)).toHaveCount(0)
  await expect(page.locator(`[data-testid="invite-row"][data-email="${staffEmail}"]`)).toBeVisible()

  // The group's only owner cannot step down: the backend's refusal, in Thai.
  const me = page.getByTestId("member-row").filter({ hasText: OWNER })
  await me.getByLabel(/^บทบาทของ/).selectOption("staff")
  await me.getByRole("button", { name: "เปลี่ยนบทบาท" }).click()
  await expect(me.getByRole("alert")).toHaveText("กลุ่มต้องมีเจ้าของอย่างน้อย 1 คน กรุณาตั้งสมาชิกคนอื่นเป็นเจ้าของก่อน")
  await expect(me.getByLabel(/^บทบาทของ/)).toHaveValue("owner")
  await expect(nav(page).getByRole("link", { name: "ตั้งค่ากลุ่ม" })).toBeVisible()
})

test("the owner sets a temporary closure, sees it saved, and reopens", async ({ page }) => {
  test.setTimeout(60_000)
  try {
    await signIn(page)
    await nav(page).getByRole("link", { name: "ตั้งค่ากลุ่ม" }).click()
    await expect(page).toHaveURL(/\/th\/producer\/settings$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ตั้งค่ากลุ่ม")
    await expect(page.getByTestId("closure-status")).toHaveAttribute("data-status", "open")

    // The reopening day before the first day: a Thai error, nothing saved.
    await page.getByLabel("ปิดรับตั้งแต่วันที่").fill(bangkokDay(5))
    await page.getByLabel("เปิดรับอีกครั้งวันที่").fill(bangkokDay(2))
    await page.getByRole("button", { name: "บันทึกการปิดชั่วคราว" }).click()
    await expect(page.getByText("วันเปิดรับอีกครั้งต้องอยู่หลังวันเริ่มปิด")).toBeVisible()
    await expect(page.getByTestId("closure-status")).toHaveAttribute("data-status", "open")

    await page.getByLabel("ปิดรับตั้งแต่วันที่").fill(bangkokDay(0))
    await page.getByLabel("เปิดรับอีกครั้งวันที่").fill(bangkokDay(7))
    await page.getByLabel("เหตุผลที่แจ้งลูกค้า (ภาษาไทย)").fill("ช่วงเก็บเกี่ยว")
    await page.getByRole("button", { name: "บันทึกการปิดชั่วคราว" }).click()
    await expect(page.getByTestId("closure-saved")).toBeVisible()
    await expect(page.getByTestId("closure-status")).toHaveAttribute("data-status", "closed")
    await expect(page.getByTestId("closure-status")).toContainText("ปิดรับคำสั่งซื้อชั่วคราวอยู่")
    await expect(page.getByTestId("closure-status")).toContainText("หมายเหตุ: ช่วงเก็บเกี่ยว")
    await page.reload()
    await expect(page.getByTestId("closure-status")).toHaveAttribute("data-status", "closed")
    await expect(page.getByLabel("เปิดรับอีกครั้งวันที่")).toHaveValue(bangkokDay(7))
    await page.screenshot({ path: "test-results/manage-settings-closed.png", fullPage: true })

    await page.getByRole("button", { name: "เปิดรับคำสั่งซื้อตอนนี้" }).click()
    await expect(page.getByTestId("closure-reopened")).toBeVisible()
    await expect(page.getByTestId("closure-status")).toHaveAttribute("data-status", "open")
    await expect(page.getByTestId("closure-status")).toHaveText("ตอนนี้เปิดรับคำสั่งซื้อตามปกติ")
  } finally {
    // Other tests buy from this group: never leave it closed.
    const token = await apiToken(OWNER)
    await api("/producer/group", { token, body: { closed_from: null, closed_until: null, closure_note_th: null, closure_note_en: null } })
  }
})

test("the owner edits the payout details and sees them masked", async ({ page }) => {
  await signIn(page)
  await page.goto("/th/producer/settings")
  await page.getByLabel("ธนาคาร", { exact: true }).selectOption("KBANK")
  await page.getByLabel("ชื่อบัญชี", { exact: true }).fill("กลุ่มทดสอบ e2e")
  await page.getByLabel("เลขบัญชีใหม่").fill("123-4-56789-0")
  await page.getByLabel(/^พร้อมเพย์ใหม่/).fill("12345")
  await page.getByRole("button", { name: "บันทึกบัญชีรับเงิน" }).click()
  await expect(page.getByText("พร้อมเพย์ใช้เบอร์มือถือ 10 หลัก หรือเลขประจำตัวประชาชน 13 หลัก")).toBeVisible()
  // What was chosen stays chosen after a refused save.
  await expect(page.getByLabel("ธนาคาร", { exact: true })).toHaveValue("KBANK")

  await page.getByLabel("เลขบัญชีใหม่").fill("123-4-56789-0")
  await page.getByLabel(/^พร้อมเพย์ใหม่/).fill("089-765-4321")
  await page.getByRole("button", { name: "บันทึกบัญชีรับเงิน" }).click()
  await expect(page.getByTestId("payout-saved")).toBeVisible()
  const current = page.getByTestId("payout-current")
  await expect(current).toContainText("ธนาคารกสิกรไทย")
  await expect(current).toContainText("กลุ่มทดสอบ e2e")
  await expect(page.getByTestId("payout-account-masked")).toHaveText("เลขบัญชี: ••••••7890")
  await expect(page.getByTestId("payout-promptpay-masked")).toHaveText("พร้อมเพย์: ••••••4321")
  await expect(page.getByLabel("เลขบัญชีใหม่")).toHaveValue("")
  const html = await page.content()
  expect(html).not.toContain("56789")
  expect(html).not.toContain("0897654321")
  await page.screenshot({ path: "test-results/manage-settings-payout.png", fullPage: true })
})

test("CSV import: a bad row stops an all-or-nothing import, then only the valid rows are imported", async ({ page }) => {
  test.setTimeout(90_000)
  const id = unique()
  const good = [`e2e-csv-a-${id}`, `e2e-csv-b-${id}`]
  const csv = [
    "handle,title_th,title_en,description_th,description_en,category,price_thb,stock,weight_g,made_to_order_days,status",
    `${good[0]},ข้าวแต๋นน้ำแตงโม ${id},Watermelon rice crackers,,,food,65.00,30,200,,published`,
    `e2e-csv-bad-${id},ผ้าขาวม้า ${id},,,,textile-apparel,,5,300,,published`,
    `${good[1]},"น้ำพริกเผา, สูตรโบราณ ${id}",Chilli paste,,,food,89,12,250,,published`,
  ].join("\r\n")

  await signIn(page)
  await nav(page).getByRole("link", { name: "สินค้า" }).click()
  await page.getByRole("link", { name: "นำเข้าจากไฟล์ CSV" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/products\/import$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("นำเข้าสินค้าจากไฟล์ CSV")

  // The template downloads as a UTF-8 file with a BOM and the Thai example row.
  const downloading = page.waitForEvent("download")
  await page.getByRole("link", { name: "ดาวน์โหลดไฟล์ตัวอย่าง (.csv)" }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe("otop-products-template.csv")
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const template = Buffer.concat(chunks)
  expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(template.toString("utf8")).toContain("น้ำพริกหนุ่ม")

  const file = { name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") }
  await page.getByLabel("ไฟล์ CSV").setInputFiles(file)
  await expect(page.getByRole("radio", { name: /นำเข้าเมื่อทั้งไฟล์ถูกต้องเท่านั้น/ })).toBeChecked()
  await page.getByRole("button", { name: "ตรวจสอบและนำเข้า" }).click()
  const result = page.getByTestId("import-result")
  await expect(result).toHaveAttribute("data-imported", "0", { timeout: 20_000 })
  await expect(result).toContainText("วิธีที่ใช้: นำเข้าเมื่อทั้งไฟล์ถูกต้องเท่านั้น")
  await expect(result).toContainText("ยังไม่ได้นำเข้าสินค้าใดเลย")
  const table = page.getByTestId("import-errors")
  await expect(table.getByRole("columnheader")).toHaveText(["แถว", "คอลัมน์", "ปัญหา"])
  const bad = table.locator('tr[data-row="2"][data-column="price_thb"]')
  await expect(bad).toContainText("แถวที่ 2")
  await expect(bad).toContainText("ราคา (บาท รวม VAT)")
  await page.screenshot({ path: "test-results/manage-import-refused.png", fullPage: true })

  // Nothing of the file is in the group's products.
  const token = await apiToken(OWNER)
  const before = await api<{ products: { handle: string }[] }>(`/producer/products?q=${encodeURIComponent(id)}`, { token })
  expect(before.products).toEqual([])

  // Same file (still chosen), the other mode, chosen explicitly.
  await page.getByRole("radio", { name: /นำเข้าเฉพาะแถวที่ถูกต้อง/ }).check()
  await page.getByRole("button", { name: "ตรวจสอบและนำเข้า" }).click()
  await expect(result).toHaveAttribute("data-imported", "2", { timeout: 20_000 })
  await expect(page.getByTestId("import-mode")).toHaveText("วิธีที่ใช้: นำเข้าเฉพาะแถวที่ถูกต้อง")
  await expect(page.getByTestId("import-created")).toHaveText("เพิ่มสินค้าแล้ว 2 รายการ")
  await expect(page.getByTestId("import-skipped")).toHaveText("ข้ามแถวที่ผิด 1 แถว")
  await expect(table.locator('tr[data-row="2"][data-column="price_thb"]')).toBeVisible()

  await page.getByRole("link", { name: "ดูสินค้าในรายการ" }).click()
  await expect(page).toHaveURL(/\/th\/producer\/products$/)
  for (const handle of good) await expect(page.locator(`[data-testid="producer-product"][data-handle="${handle}"]`)).toBeVisible()
  await expect(page.locator(`[data-testid="producer-product"][data-handle="e2e-csv-bad-${id}"]`)).toHaveCount(0)
  await expect(page.locator(`[data-testid="producer-product"][data-handle="${good[1]}"]`)).toContainText("น้ำพริกเผา, สูตรโบราณ")
})

test("a staff-role member sees neither team nor settings, and gets a clear owners-only page", async ({ page }) => {
  const email = `e2e-member-${unique()}@example.th`
  const ownerToken = await apiToken(OWNER)
  await api("/producer/team/invites", { token: ownerToken, body: { email, role: "staff" } })
  const { token: registration } = await api<{ token: string }>("/auth/producer/emailpass/register", { body: { email, password: PASSWORD } })
  await api("/producer/account", { token: registration, body: { first_name: "ทีมงาน", last_name: "ทดสอบ" } })

  await signIn(page, email)
  await expect(nav(page).getByRole("link", { name: "สินค้า" })).toBeVisible()
  await expect(nav(page).getByRole("link", { name: "ทีมงาน" })).toHaveCount(0)
  await expect(nav(page).getByRole("link", { name: "ตั้งค่ากลุ่ม" })).toHaveCount(0)

  for (const path of ["/th/producer/team", "/th/producer/settings"]) {
    await page.goto(path)
    await expect(page.getByTestId("owners-only")).toBeVisible()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("สำหรับเจ้าของกลุ่มเท่านั้น")
    await expect(page.getByTestId("payout-current")).toHaveCount(0)
  }
  await page.screenshot({ path: "test-results/manage-owners-only.png", fullPage: true })

  // Staff may import products.
  await page.goto("/th/producer/products/import")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("นำเข้าสินค้าจากไฟล์ CSV")
})
