import { expect, test, type Page } from "@playwright/test"

// The CDD staff desk against the real stack (demo officers and groups seeded by the backend).
const PASSWORD = "otop-demo-2567"
const CHIANG_MAI = "staff.chiangmai@demo.otop.local"
const NATIONAL = "staff.national@demo.otop.local"
const BACKEND = (process.env.BACKEND_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

// Small but real files for the registration documents.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
)
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
)

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = {}
  if (init.token) headers.authorization = `Bearer ${init.token}`
  let body: BodyInit | undefined
  if (init.body instanceof FormData) body = init.body
  else if (init.body !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(init.body)
  }
  const response = await fetch(`${BACKEND}${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

async function staffToken(email: string): Promise<string> {
  const { token } = await api<{ token: string }>("/auth/cdd_staff/emailpass", { body: { email, password: PASSWORD } })
  return token
}

type GroupRow = { id: string; handle: string; name_th: string; province_code: string; status: string }

async function staffGroups(token: string, query: string): Promise<GroupRow[]> {
  return (await api<{ producer_groups: GroupRow[] }>(`/staff/producer-groups?${query}`, { token })).producer_groups
}

/** A new producer files a Chiang Mai registration with three documents (this spec's own data). */
async function registerChiangMaiGroup() {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
  const email = `e2e-staff-${stamp}@example.th`
  const { token: identity } = await api<{ token: string }>("/auth/producer/emailpass/register", { body: { email, password: PASSWORD } })
  await api("/producer/account", { token: identity, body: { first_name: "ทดสอบ", last_name: "เอกสาร" } })
  const { token } = await api<{ token: string }>("/auth/producer/emailpass", { body: { email, password: PASSWORD } })
  const upload = async (name: string, type: string, content: Buffer) => {
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(content)], { type }), name)
    form.append("purpose", "document") // registration documents are private files
    return (await api<{ uploads: { id: string }[] }>("/producer/uploads", { token, body: form })).uploads[0].id
  }
  const handle = `e2e-staff-${stamp}`
  const nameTh = `กลุ่มทดสอบเอกสาร ${stamp}`
  const { producer_group } = await api<{ producer_group: { id: string } }>("/producer/registrations", {
    token,
    body: {
      handle,
      name_th: nameTh,
      name_en: `Document test group ${stamp}`,
      producer_type: "SINGLE_OWNER",
      otop_registration_no: `OTOP-50-2568-${stamp}`,
      registration_year_be: 2568,
      subdistrict_code: "500101",
      moo: 2,
      address_line: "12/3 ถนนทดสอบ",
      story_th: "เรื่องราวของกลุ่มทดสอบ",
      phone: "0812345678",
      planned_products: "ข้าวแต๋น น้ำแตงโม 20 ถุงต่อสัปดาห์",
      documents: [
        { kind: "id_card_chair", upload_id: await upload("id-card.pdf", "application/pdf", PDF) },
        { kind: "house_registration", upload_id: await upload("house.pdf", "application/pdf", PDF) },
        { kind: "product_photo", upload_id: await upload("product.png", "image/png", PIXEL_PNG) },
      ],
    },
  })
  return { id: producer_group.id, handle, nameTh }
}

async function signIn(page: Page, email: string) {
  await page.goto("/th/staff/login")
  await page.getByLabel("อีเมล").fill(email)
  await page.getByLabel("รหัสผ่าน").fill(PASSWORD)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/staff$/)
}

const statusOf = (page: Page) => page.getByTestId("staff-group-status")

test("signed-out visits go to the staff login page", async ({ page }) => {
  await page.goto("/th/staff")
  await expect(page).toHaveURL(/\/th\/staff\/login$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("เข้าสู่ระบบเจ้าหน้าที่")

  await page.goto("/th/staff/producer-groups/pgrp_anything")
  await expect(page).toHaveURL(/\/th\/staff\/login$/)

  await page.goto("/en/staff")
  await expect(page).toHaveURL(/\/en\/staff\/login$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in")

  // A producer's login is not an officer's.
  await page.goto("/th/staff/login")
  await page.getByLabel("อีเมล").fill("producer@demo.otop.local")
  await page.getByLabel("รหัสผ่าน").fill(PASSWORD)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
  await expect(page.locator("main").getByRole("alert")).toHaveText("บัญชีนี้ไม่ใช่บัญชีเจ้าหน้าที่ กรมการพัฒนาชุมชน")
})

test("the Chiang Mai officer reviews the pending demo registration and approves it", async ({ page, context }) => {
  test.setTimeout(60_000)
  await signIn(page, CHIANG_MAI)
  await expect(page.getByTestId("staff-scope")).toHaveText("พื้นที่รับผิดชอบ: เชียงใหม่")
  const cookie = (await context.cookies()).find((c) => c.name === "otop_staff_token")
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" })
  // Signed in already: the login page leads to the registrations.
  await page.goto("/th/staff/login")
  await expect(page).toHaveURL(/\/th\/staff$/)

  await expect(page.getByTestId("tab-pending")).toHaveAttribute("aria-current", "page")
  const row = page.locator('[data-testid="staff-group"][data-handle="mae-kampong-coffee"]')
  await expect(row).toContainText("กลุ่มกาแฟและเมี่ยงบ้านแม่กำปอง")
  await expect(row).toContainText("เชียงใหม่")
  await expect(row).toContainText("กลุ่มผู้ผลิตชุมชน")
  await expect(row).toContainText(/ยื่นเมื่อ .*25\d\d/) // Buddhist era
  await page.screenshot({ path: "test-results/staff-list.png", fullPage: true })

  await row.getByRole("link").click()
  await expect(page).toHaveURL(/\/th\/staff\/producer-groups\/pgrp_/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("กลุ่มกาแฟและเมี่ยงบ้านแม่กำปอง")
  await expect(statusOf(page)).toContainText("รอพิจารณา")
  await expect(page.getByTestId("field-otop_registration_no")).toContainText("OTOP-50-2567-00518")
  await expect(page.getByTestId("field-registration_year_be")).toContainText("พ.ศ. 2567")
  await expect(page.getByTestId("field-subdistrict")).toContainText("ห้วยแก้ว")
  await expect(page.getByTestId("field-district")).toContainText("แม่ออน")
  await expect(page.getByTestId("field-province")).toContainText("เชียงใหม่")
  await expect(page.getByTestId("field-phone")).toContainText("0820005023")
  await expect(page.getByTestId("timeline-event")).toHaveCount(1)
  await expect(page.getByTestId("staff-document")).toHaveCount(3) // the demo registration comes with specimen documents
  await page.getByRole("link", { name: "ไปที่การพิจารณา" }).click()
  await expect(page.getByRole("heading", { name: "การพิจารณา" })).toBeInViewport()

  // Rejecting needs a reason: a Thai error next to the field, nothing is sent.
  await page.getByRole("button", { name: "ไม่อนุมัติ", exact: true }).click()
  const reason = page.getByLabel("เหตุผลที่ไม่อนุมัติ")
  await expect(reason).toHaveAttribute("aria-invalid", "true")
  await expect(page.locator("#reason-reject-error")).toHaveText("กรุณาระบุเหตุผล")
  await expect(statusOf(page)).toContainText("รอพิจารณา")
  await page.screenshot({ path: "test-results/staff-reject-error.png", fullPage: true })

  await page.getByRole("button", { name: "อนุมัติ", exact: true }).click()
  await expect(page).toHaveURL(/done=approve/)
  await expect(page.getByTestId("staff-done")).toHaveText("อนุมัติการลงทะเบียนแล้ว สินค้าของกลุ่มแสดงในร้านได้")
  await expect(statusOf(page)).toHaveAttribute("data-status", "approved")
  await expect(statusOf(page)).toContainText("อนุมัติแล้ว")
  await expect(page.locator('[data-testid="timeline-event"][data-to="approved"]')).toContainText("โดย คุณ")
  await expect(page.getByRole("button", { name: "ระงับกลุ่ม" })).toBeVisible()

  await page.getByRole("link", { name: "กลับไปรายการคำขอ" }).click()
  await expect(page.locator('[data-testid="staff-group"][data-handle="mae-kampong-coffee"]')).toHaveCount(0)
  await page.getByTestId("tab-approved").click()
  await expect(page).toHaveURL(/status=approved/)
  await expect(page.locator('[data-testid="staff-group"][data-handle="mae-kampong-coffee"]')).toBeVisible()

  await page.getByRole("button", { name: "ออกจากระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/staff\/login$/)
  await page.goto("/th/staff")
  await expect(page).toHaveURL(/\/th\/staff\/login$/)
})

test("documents open in a new tab through the storefront, and a registration is rejected with a reason", async ({ page, context }) => {
  test.setTimeout(60_000)
  const group = await registerChiangMaiGroup()
  await signIn(page, CHIANG_MAI)
  await page.getByLabel("ค้นหาชื่อกลุ่ม").fill(group.handle)
  await page.getByRole("button", { name: "ค้นหา", exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`q=${group.handle}`))
  const row = page.locator(`[data-testid="staff-group"][data-handle="${group.handle}"]`)
  await expect(page.getByTestId("staff-group")).toHaveCount(1)
  await row.getByRole("link").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.nameTh)
  await expect(page.getByTestId("staff-planned-products")).toHaveText("ข้าวแต๋น น้ำแตงโม 20 ถุงต่อสัปดาห์")
  await expect(page.getByTestId("field-village")).toContainText("หมู่ที่ 2")
  await expect(page.getByTestId("field-owners")).toContainText("ทดสอบ เอกสาร")
  await expect(page.getByTestId("staff-document")).toHaveCount(3)

  // The PDF: served by the storefront with the right type, byte for byte; no token in the link.
  const pdfLink = page.locator('[data-testid="staff-document"][data-kind="id_card_chair"] a')
  await expect(pdfLink).toHaveAttribute("target", "_blank")
  const href = await pdfLink.getAttribute("href")
  expect(href).toMatch(/^\/api\/staff\/producer-groups\/pgrp_[^/]+\/documents\/pgdoc_[^/?]+\?locale=th$/)
  const pdf = await page.request.get(href!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toBe("application/pdf")
  expect(pdf.headers()["content-disposition"]).toContain('filename="id-card.pdf"')
  expect(Buffer.from(await pdf.body()).equals(PDF)).toBe(true)

  // The photo opens in a new tab.
  const photoLink = page.locator('[data-testid="staff-document"][data-kind="product_photo"] a')
  const photoResponse = context.waitForEvent("response", (response) => response.url().includes("/api/staff/producer-groups/"))
  const popupPromise = page.waitForEvent("popup")
  await photoLink.click()
  const popup = await popupPromise
  const response = await photoResponse
  expect(response.status()).toBe(200)
  expect(response.headers()["content-type"]).toBe("image/png")
  expect(popup.url()).toContain("/api/staff/producer-groups/")
  await popup.close()

  // Without the session cookie the same link is no document.
  const anonymous = await fetch(new URL(href!, page.url()), { redirect: "manual" })
  expect(anonymous.status).toBe(303)
  expect(anonymous.headers.get("location")).toMatch(/\/th\/staff\/login$/)

  await page.getByLabel("เหตุผลที่ไม่อนุมัติ").fill("สำเนาทะเบียนบ้านไม่ชัดเจน (e2e)")
  await page.getByRole("button", { name: "ไม่อนุมัติ", exact: true }).click()
  await page.getByRole("button", { name: "ยืนยันไม่อนุมัติ" }).click()
  await expect(page).toHaveURL(/done=reject/)
  await expect(statusOf(page)).toHaveAttribute("data-status", "rejected")
  await expect(page.locator("header").getByText("เหตุผล: สำเนาทะเบียนบ้านไม่ชัดเจน (e2e)")).toBeVisible()
  await expect(page.getByText("คำขอนี้ไม่ได้รับอนุมัติแล้ว ผู้ผลิตสามารถยื่นคำขอใหม่ได้")).toBeVisible()
  await page.screenshot({ path: "test-results/staff-rejected.png", fullPage: true })
})

test("the Chiang Mai officer sees only Chiang Mai: another province's group is a 404", async ({ page }) => {
  const national = await staffGroups(await staffToken(NATIONAL), "status=approved&limit=100")
  const elsewhere = national.find((group) => group.province_code !== "50")
  expect(elsewhere).toBeDefined()

  await signIn(page, CHIANG_MAI)
  await page.getByTestId("tab-approved").click()
  await expect(page.getByTestId("staff-group").first()).toBeVisible()
  const provinces = await page.getByTestId("staff-group").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-province")))
  expect(new Set(provinces)).toEqual(new Set(["50"]))
  await expect(page.locator(`[data-testid="staff-group"][data-handle="${elsewhere!.handle}"]`)).toHaveCount(0)
  // Single-province officers get no province filter.
  await expect(page.getByLabel("จังหวัด")).toHaveCount(0)

  const response = await page.goto(`/th/staff/producer-groups/${elsewhere!.id}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ไม่พบหน้าที่คุณต้องการ")
  await expect(page.getByText(elsewhere!.name_th)).toHaveCount(0)

  const document = await page.request.get(`/api/staff/producer-groups/${elsewhere!.id}/documents/pgdoc_none?locale=th`)
  expect(document.status()).toBe(404)
})

test.describe("on a desktop-width screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test("the national officer sees groups of several provinces and can filter by province", async ({ page }) => {
    await signIn(page, NATIONAL)
    await expect(page.getByTestId("staff-scope")).toHaveText("พื้นที่รับผิดชอบ: ทั่วประเทศ")
    await page.getByTestId("tab-approved").click()
    // Wait for the approved list itself: the pending rows stay on screen until the navigation ends.
    await expect(page).toHaveURL(/status=approved/)
    await expect(page.getByTestId("tab-approved")).toHaveAttribute("aria-current", "page")
    await expect(page.getByTestId("staff-group").first()).toBeVisible()
    const provinces = await page.getByTestId("staff-group").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-province")))
    expect(new Set(provinces).size).toBeGreaterThan(2)
    await expect(page.getByTestId("tab-approved")).toContainText(/\d+/)

    await page.getByLabel("จังหวัด").selectOption("57")
    await page.getByRole("button", { name: "ค้นหา", exact: true }).click()
    await expect(page).toHaveURL(/province=57/)
    await expect(page).toHaveURL(/status=approved/)
    await expect(page.getByTestId("staff-group").first()).toBeVisible()
    const filtered = await page.getByTestId("staff-group").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-province")))
    expect(new Set(filtered)).toEqual(new Set(["57"]))
    await expect(page.getByTestId("staff-group-province").first()).toHaveText("เชียงราย")
    await page.screenshot({ path: "test-results/staff-national.png", fullPage: true })
  })
})

test("an approved Chiang Mai group is suspended with a reason and reinstated", async ({ page }) => {
  test.setTimeout(60_000)
  const handle = "mae-chaem-teen-jok"
  const token = await staffToken(CHIANG_MAI)
  const [group] = (await staffGroups(token, `q=${handle}`)).filter((g) => g.handle === handle)
  expect(group?.status).toBe("approved")
  try {
    await signIn(page, CHIANG_MAI)
    await page.goto(`/th/staff/producer-groups/${group.id}`)
    await expect(statusOf(page)).toHaveAttribute("data-status", "approved")

    await page.getByRole("button", { name: "ระงับกลุ่ม" }).click()
    await expect(page.locator("#reason-suspend-error")).toHaveText("กรุณาระบุเหตุผล")
    await page.getByLabel("เหตุผลที่ระงับ").fill("ตรวจพบฉลากไม่ตรงกับผลิตภัณฑ์ (e2e)")
    await page.getByRole("button", { name: "ระงับกลุ่ม" }).click()
    await expect(page.getByRole("group", { name: /ยืนยันระงับกลุ่มนี้/ })).toBeVisible()
    await page.getByRole("button", { name: "ยืนยันระงับกลุ่ม" }).click()
    await expect(page).toHaveURL(/done=suspend/)
    await expect(statusOf(page)).toHaveAttribute("data-status", "suspended")
    await expect(page.locator("header").getByText("เหตุผล: ตรวจพบฉลากไม่ตรงกับผลิตภัณฑ์ (e2e)")).toBeVisible()

    await page.getByRole("button", { name: "ยกเลิกการระงับ" }).click()
    await expect(page).toHaveURL(/done=reinstate/)
    await expect(statusOf(page)).toHaveAttribute("data-status", "approved")
    await expect(page.getByTestId("staff-done")).toHaveText("ยกเลิกการระงับแล้ว กลุ่มกลับมาอนุมัติตามเดิม")
    await expect(page.locator('[data-testid="timeline-event"][data-to="suspended"]')).toContainText("ตรวจพบฉลากไม่ตรงกับผลิตภัณฑ์ (e2e)")
  } finally {
    // Other tests share the database: leave the demo group approved whatever happened.
    const [now] = (await staffGroups(token, `q=${handle}`)).filter((g) => g.handle === handle)
    if (now?.status === "suspended") await api(`/staff/producer-groups/${group.id}/reinstate`, { token, body: {} })
  }
})
