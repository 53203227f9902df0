import { expect, test } from "@playwright/test"
import {
  api,
  DEMO,
  exactLabel,
  PIXEL_PNG,
  placeOrder,
  publishableKey,
  RED_PNG,
  signInProducer,
  signInStaff,
  signInToken,
  TINY_PDF,
} from "./support"

// Issue 3's whole story on a phone, in Thai: a producer registers, a provincial officer approves,
// the producer lists a product with photos, a customer buys it together with another group's
// product in one checkout (through the store API until the storefront's cart exists), each group
// sees only its own line and ships it, and the customer sees both shipments.
test("register → approve → list with photos → one checkout across two groups → each ships → both shipments", async ({ browser }) => {
  test.setTimeout(240_000)
  const stamp = Date.now().toString(36)
  const email = `story-${stamp}@example.th`
  const handle = `story-${stamp}`
  const groupName = `กลุ่มเรื่องเล่า ${stamp}`
  const producer = await browser.newPage()

  // 1. Sign up and file the registration (Chiang Mai, by postcode), with the three documents.
  await producer.goto("/th/producer/signup")
  await producer.getByLabel(exactLabel("ชื่อ")).fill("มาลี")
  await producer.getByLabel(exactLabel("นามสกุล")).fill("ทอผ้า")
  await producer.getByLabel(exactLabel("เบอร์โทรศัพท์มือถือ")).fill("0898765432")
  await producer.getByLabel(exactLabel("อีเมล")).fill(email)
  await producer.getByLabel(exactLabel("รหัสผ่าน")).fill("ปลอดภัย-2568")
  await producer.getByRole("button", { name: "สร้างบัญชี" }).click()
  await expect(producer).toHaveURL(/\/th\/producer\/register$/, { timeout: 20_000 })
  await producer.getByLabel("ชื่อกลุ่ม (ภาษาไทย)").fill(groupName)
  await producer.getByLabel("ชื่อกลุ่ม (ภาษาอังกฤษ)").fill(`Story ${stamp}`)
  await expect(producer.getByLabel("ชื่อในลิงก์ร้าน")).toHaveValue(handle)
  await producer.getByLabel("รหัสไปรษณีย์").fill("50200")
  await expect(producer.getByLabel("อำเภอ / เขต")).toHaveValue("5001")
  await producer.getByLabel("ตำบล / แขวง").selectOption({ label: "ศรีภูมิ" })
  const documents: [string, string, string, string, Buffer][] = [
    ["id_card_chair", "สำเนาบัตรประชาชนประธานกลุ่ม", "id.pdf", "application/pdf", TINY_PDF],
    ["house_registration", "สำเนาทะเบียนบ้าน", "house.pdf", "application/pdf", TINY_PDF],
    ["product_photo", "รูปสินค้า", "product.png", "image/png", PIXEL_PNG],
  ]
  for (const [kind, label, name, mimeType, buffer] of documents) {
    await producer.getByTestId(`documents-${kind}`).getByLabel(label).setInputFiles({ name, mimeType, buffer })
    await expect(producer.getByTestId(`documents-${kind}`).getByText("อัปโหลดแล้ว")).toBeVisible({ timeout: 20_000 })
  }
  await producer.getByRole("button", { name: "ส่งคำขอลงทะเบียน" }).click()
  const registration = producer.locator(`[data-testid="registration"][data-handle="${handle}"]`)
  await expect(registration).toHaveAttribute("data-status", "pending", { timeout: 30_000 })

  // 2. The Chiang Mai officer opens it, sees the documents, and approves it.
  const staff = await browser.newPage()
  await signInStaff(staff, DEMO.staffChiangMai)
  await staff.getByLabel("ค้นหาชื่อกลุ่ม").fill(handle)
  await staff.getByRole("button", { name: "ค้นหา", exact: true }).click()
  await staff.locator(`[data-testid="staff-group"][data-handle="${handle}"]`).getByRole("link").click()
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(groupName)
  await expect(staff.getByTestId("staff-document")).toHaveCount(3)
  await staff.getByRole("button", { name: "อนุมัติ", exact: true }).click()
  await expect(staff).toHaveURL(/done=approve/)
  await staff.close()

  // 3. The producer sees the group approved and lists a product with a photo, then adds a second photo as the cover.
  await producer.goto("/th/producer/registrations")
  await expect(registration).toHaveAttribute("data-status", "approved")
  await producer.goto("/th/producer/products/new")
  const productHandle = `story-scarf-${stamp}`
  const title = `ผ้าพันคอเรื่องเล่า ${stamp}`
  await producer.getByLabel("ชื่อสินค้า (ภาษาไทย)").fill(title)
  await producer.getByLabel("ชื่อสินค้า (ภาษาอังกฤษ)").fill(`Story scarf ${stamp}`)
  await producer.getByLabel("ชื่อในลิงก์ (ไม่บังคับ)").fill(productHandle)
  await producer.getByLabel("หมวดหมู่").selectOption("textile-apparel")
  await producer.getByLabel("ราคา (บาท รวม VAT)").fill("450")
  await producer.getByLabel("จำนวนในสต็อก").fill("5")
  await producer.getByLabel("น้ำหนักรวมบรรจุภัณฑ์ (กรัม)").fill("200")
  await producer.getByLabel("รูปสินค้า").setInputFiles({ name: "scarf.png", mimeType: "image/png", buffer: PIXEL_PNG })
  await producer.getByRole("button", { name: "บันทึกสินค้า" }).click()
  await expect(producer).toHaveURL(/\/th\/producer\/products\?created=/, { timeout: 30_000 })
  const token = await signInToken("producer", email, "ปลอดภัย-2568")
  const { products } = await api<{ products: { id: string; handle: string; variants: { id: string }[] }[] }>("/producer/products", { token })
  const mine = products.find((p) => p.handle === productHandle)!
  await producer.goto(`/th/producer/products/${mine.id}`)
  await producer.getByLabel("เพิ่มรูป").setInputFiles({ name: "scarf-red.png", mimeType: "image/png", buffer: RED_PNG })
  await expect(producer.getByTestId("edit-photo")).toHaveCount(2)
  await producer.getByRole("button", { name: "เลื่อนรูปที่ 2 ขึ้น" }).click()
  await producer.getByRole("button", { name: "บันทึกการแก้ไข" }).click()
  await expect(producer.getByTestId("edit-photo").first()).not.toContainText("รูปใหม่ (ยังไม่บันทึก)", { timeout: 30_000 })
  await expect(producer.getByTestId("edit-photo")).toHaveCount(2)

  // The store shows it (approved group, published product).
  await producer.goto(`/th/products/${productHandle}`)
  await expect(producer.getByRole("heading", { level: 1 })).toHaveText(title)

  // 4. A customer buys it together with a product of another group (the demo producer's) in one checkout.
  const demoToken = await signInToken("producer", DEMO.producer)
  const { products: demoProducts } = await api<{ products: { id: string; status: string; variants: { id: string; inventory_quantity: number | null }[] }[] }>(
    "/producer/products?status=published&limit=50",
    { token: demoToken },
  )
  const other = demoProducts.find((p) => (p.variants[0]?.inventory_quantity ?? 0) > 0)!
  const order = await placeOrder(await publishableKey(), [mine.variants[0].id, other.variants[0].id], `buyer-${stamp}@example.th`)

  // 5. Each group sees only its own line and ships it with a tracking number.
  const ship = async (page: typeof producer, tracking: string, ownTitle: RegExp, foreignProductId: string) => {
    await page.goto("/th/producer/orders")
    const card = page.getByTestId("producer-order").filter({ has: page.getByRole("heading", { name: `คำสั่งซื้อ #${order.display_id}`, exact: true }) })
    await expect(card).toContainText(ownTitle)
    await expect(card).not.toContainText(foreignProductId)
    await card.getByLabel("บริษัทขนส่ง").selectOption("thailand-post")
    await card.getByLabel("เลขพัสดุ").fill(tracking)
    await card.getByRole("button", { name: "แจ้งจัดส่งแล้ว" }).click()
    // Shipped: the card shows the carrier and the tracking number.
    await expect(card).toContainText(`เลขพัสดุ ${tracking}`, { timeout: 30_000 })
  }
  await ship(producer, `EF${stamp.toUpperCase()}1TH`, new RegExp(title), other.id)
  const demo = await browser.newPage()
  await signInProducer(demo, DEMO.producer)
  await ship(demo, `EF${stamp.toUpperCase()}2TH`, /.+/, mine.id)
  await expect(demo.getByTestId("producer-order").filter({ hasText: `#${order.display_id}` })).not.toContainText(title)

  // 6. The customer's purchase shows one shipment per group, each with its tracking number.
  const key = await publishableKey()
  const { parts } = await api<{ parts: { producer_group: { handle: string }; shipments: { tracking_numbers: string[] }[] }[] }>(
    `/store/orders/${order.id}/shipments`,
    { headers: { "x-publishable-api-key": key } },
  )
  expect(parts).toHaveLength(2)
  const tracking = Object.fromEntries(parts.map((p) => [p.producer_group.handle, p.shipments.flatMap((s) => s.tracking_numbers)]))
  expect(tracking[handle]).toEqual([`EF${stamp.toUpperCase()}1TH`])
  expect(Object.entries(tracking).find(([h]) => h !== handle)![1]).toEqual([`EF${stamp.toUpperCase()}2TH`])
})
