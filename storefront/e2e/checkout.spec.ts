import { expect, test, type Page } from "@playwright/test"
import { api, BANGKOK_ADDRESS, DEMO, DEMO_PASSWORD, publishableKey, signInProducer } from "./support"

// Cart across two producer groups and checkout with a Thai address and the offline test payment,
// then each group's part in its producer portal. Demo data: the mulberry-leaf tea of Ban Tha Sawang
// (owner producer@demo.otop.local) and the drip-bag coffee of Doi Chang (doi-chang-coffee@demo.otop.local).
const TEA = { handle: "surin-mulberry-leaf-tea", th: "ชาใบหม่อน", group: "ban-tha-sawang-silk", owner: DEMO.producer }
const COFFEE = { handle: "doi-chang-drip-bag-coffee", group: "doi-chang-coffee", owner: "doi-chang-coffee@demo.otop.local" }

type StoreProduct = { id: string; title: string; variants: { id: string; inventory_quantity?: number | null }[] }

async function storeProduct(handle: string): Promise<StoreProduct> {
  const key = await publishableKey()
  const { regions } = await api<{ regions: { id: string }[] }>("/store/regions", { headers: { "x-publishable-api-key": key } })
  const { products } = await api<{ products: StoreProduct[] }>(
    `/store/products?handle=${handle}&region_id=${regions[0].id}&fields=id,title,variants.id,%2Bvariants.inventory_quantity`,
    { headers: { "x-publishable-api-key": key } },
  )
  if (!products[0]) throw new Error(`no product ${handle}`)
  return products[0]
}

async function addFromProductPage(page: Page, locale: "th" | "en", handle: string, quantity = 1) {
  await page.goto(`/${locale}/products/${handle}`)
  const add = page.getByTestId("add-to-cart")
  await expect(add).toBeEnabled()
  if (quantity > 1) await page.getByLabel(locale === "th" ? "จำนวน" : "Quantity", { exact: true }).fill(String(quantity))
  await add.click()
  await expect(page.getByRole("status").filter({ hasText: locale === "th" ? "ลงตะกร้าแล้ว" : "to your cart" })).toBeVisible()
}

async function cartCount(page: Page) {
  const label = await page.getByTestId("cart-link").getAttribute("aria-label")
  return Number(/(\d+)/.exec(label ?? "")?.[1] ?? 0)
}

/** Fills contact and address; the pickers are driven as a buyer would (province → district → subdistrict). */
async function fillContact(page: Page, locale: "th" | "en", email: string) {
  const th = locale === "th"
  await page.getByLabel(th ? "อีเมล" : "Email", { exact: false }).first().fill(email)
  await page.getByLabel(th ? "ชื่อ" : "First name", { exact: false }).first().fill(th ? "สมศรี" : "Somsri")
  await page.getByLabel(th ? "นามสกุล" : "Last name", { exact: false }).fill(th ? "ใจดี" : "Jaidee")
  await page.getByLabel(th ? "เบอร์โทรศัพท์มือถือ" : "Mobile phone", { exact: false }).fill("081-234-5678")
  await page.getByLabel(th ? "บ้านเลขที่ หมู่ ซอย ถนน" : "House number, moo, soi, road", { exact: false }).fill("99/1 ถนนห้วยแก้ว")
}

async function saveAddress(page: Page, locale: "th" | "en") {
  await page.getByRole("button", { name: locale === "th" ? "บันทึกที่อยู่และเลือกวิธีจัดส่ง" : "Save address and choose shipping" }).click()
  await expect(page.getByRole("status").filter({ hasText: locale === "th" ? "บันทึกที่อยู่จัดส่งแล้ว" : "Delivery address saved" })).toBeVisible({ timeout: 20_000 })
  // Every group gets its cheapest shipping at once; payment opens.
  await expect(page.getByTestId("shipping-group")).toHaveCount(2)
}

test.describe("desktop", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test("two groups in one cart, language switched mid-way, Thai address with pickers, test payment, each group sees its part", async ({ page, browser }) => {
    test.setTimeout(180_000)
    const email = `buyer-${Date.now()}@example.th`

    // 1. Browse and add: one product of each group.
    await addFromProductPage(page, "th", TEA.handle)
    await expect.poll(() => cartCount(page)).toBe(1)
    await addFromProductPage(page, "th", COFFEE.handle, 2)
    await expect.poll(() => cartCount(page)).toBe(3)

    // 2. Switch to English on the way: the cart survives (the cookie, not the URL, holds it).
    await page.getByRole("link", { name: "Read this page in English" }).click()
    await expect(page).toHaveURL(new RegExp(`/en/products/${COFFEE.handle}$`))
    await expect.poll(() => cartCount(page)).toBe(3)
    await page.getByTestId("cart-link").click()
    await expect(page).toHaveURL(/\/en\/cart$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your cart")
    const groups = page.getByTestId("cart-group")
    await expect(groups).toHaveCount(2)
    for (const group of await groups.all()) await expect(group.getByTestId("group-shipping")).toHaveText("Shipping from ฿45.00")
    await expect(page.getByTestId("cart-line")).toHaveCount(2)

    // 3. Back to Thai in the cart; the quantity box refuses more than the stock, in Thai.
    await page.getByRole("link", { name: "อ่านหน้านี้เป็นภาษาไทย" }).click()
    await expect(page).toHaveURL(/\/th\/cart$/)
    await expect(page.getByTestId("cart-group")).toHaveCount(2)
    const coffeeLine = page.getByTestId("cart-line").filter({ has: page.getByRole("link", { name: /ดริป|drip/i }) })
    await coffeeLine.getByTestId("line-quantity").fill("5000")
    await coffeeLine.getByRole("button", { name: "ปรับจำนวน" }).click()
    await expect(coffeeLine.getByRole("alert")).toContainText("เหลือเพียง")
    await coffeeLine.getByTestId("line-quantity").fill("2")
    await page.getByTestId("go-to-checkout").click()
    await expect(page).toHaveURL(/\/th\/checkout$/)

    // 4. Contact and a Thai address: province → district → subdistrict fills the postcode.
    await fillContact(page, "th", email)
    await page.getByLabel("จังหวัด").selectOption("50")
    await page.getByLabel("อำเภอ / เขต").selectOption("5001")
    await page.getByLabel("ตำบล / แขวง", { exact: false }).selectOption("500101")
    await expect(page.getByLabel("จังหวัด")).toHaveValue("50")
    await expect(page.getByLabel("ตำบล / แขวง", { exact: false }).locator("option:checked")).toHaveText("ศรีภูมิ")
    await expect(page.getByLabel("รหัสไปรษณีย์")).toHaveValue("50200")

    // A postcode that is not the subdistrict's is refused with the reason, in Thai.
    await page.getByLabel("รหัสไปรษณีย์").fill("50299")
    await page.getByRole("button", { name: "บันทึกที่อยู่และเลือกวิธีจัดส่ง" }).click()
    await expect(page.getByRole("alert").filter({ hasText: "ไม่ตรงกับศรีภูมิ" }).first()).toContainText("50200")
    await page.getByLabel("รหัสไปรษณีย์").fill("50200")
    await saveAddress(page, "th")

    // 5. Shipping per group: EMS for the coffee; the total follows.
    const coffeeShipping = page.getByTestId("shipping-group").filter({ hasText: /ดริป|Drip/i })
    await coffeeShipping.getByRole("radio", { name: /EMS/ }).check()
    await expect(page.getByRole("status").filter({ hasText: "สำหรับ" })).toContainText("EMS")
    await expect(coffeeShipping.getByRole("radio", { name: /EMS/ })).toBeChecked()
    const tea = await storeProduct(TEA.handle)
    const coffee = await storeProduct(COFFEE.handle)

    // 6. The clearly labelled test payment places the order.
    await page.getByRole("radio", { name: /ชำระเงินทดสอบ \(ไม่มีการตัดเงินจริง\)/ }).check()
    await page.getByTestId("place-order").click()
    await expect(page).toHaveURL(/\/th\/order\/confirmed\/order_/, { timeout: 30_000 })
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ขอบคุณสำหรับคำสั่งซื้อ")
    const number = (await page.getByTestId("order-number").textContent())!.replace(/\D/g, "")
    const orderGroups = page.getByTestId("order-group")
    await expect(orderGroups).toHaveCount(2)
    await expect(page.getByTestId("order-group-shipping")).toHaveText([/ไปรษณีย์ลงทะเบียน.*฿45\.00|EMS.*฿80\.00/, /ไปรษณีย์ลงทะเบียน.*฿45\.00|EMS.*฿80\.00/])
    await expect(page.getByTestId("order-group-shipping").filter({ hasText: "EMS" })).toHaveCount(1)
    await expect(page.getByTestId("follow-order")).toHaveAttribute("href", "/th/account")
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex")
    // The cart is empty again.
    await expect.poll(() => cartCount(page)).toBe(0)

    // 7. Each producer group sees its own line only.
    for (const [who, own, foreign] of [
      [TEA.owner, tea, coffee],
      [COFFEE.owner, coffee, tea],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const portal = await context.newPage()
      await signInProducer(portal, who, DEMO_PASSWORD)
      await portal.goto("/th/producer/orders")
      const card = portal.getByTestId("producer-order").filter({ has: portal.getByRole("heading", { name: `คำสั่งซื้อ #${number}`, exact: true }) })
      await expect(card).toContainText(own.title)
      await expect(card).not.toContainText(foreign.title)
      await expect(card).toContainText("50200")
      await context.close()
    }
  })

  test("an item sold out at the last step: named in the buyer's language, nothing charged, flagged in the cart", async ({ page }) => {
    test.setTimeout(120_000)
    const wine = await storeProduct("phu-phan-mao-berry-wine")
    await addFromProductPage(page, "th", "phu-phan-mao-berry-wine")
    await page.goto("/th/checkout")
    await fillContact(page, "th", `late-${Date.now()}@example.th`)
    await page.getByLabel("รหัสไปรษณีย์").fill("50200")
    await expect(page.getByLabel("จังหวัด")).toHaveValue("50")
    await page.getByLabel("ตำบล / แขวง", { exact: false }).selectOption("500101")
    await page.getByRole("button", { name: "บันทึกที่อยู่และเลือกวิธีจัดส่ง" }).click()
    await expect(page.getByRole("status").filter({ hasText: "บันทึกที่อยู่จัดส่งแล้ว" })).toBeVisible({ timeout: 20_000 })

    // Meanwhile someone else buys every bottle left.
    const key = await publishableKey()
    const headers = { "x-publishable-api-key": key }
    const left = wine.variants[0].inventory_quantity ?? 0
    expect(left).toBeGreaterThan(0)
    const { regions } = await api<{ regions: { id: string }[] }>("/store/regions", { headers })
    const { cart } = await api<{ cart: { id: string } }>("/store/carts", { headers, body: { region_id: regions[0].id, email: "fast@example.th", shipping_address: BANGKOK_ADDRESS } })
    await api(`/store/carts/${cart.id}/line-items`, { headers, body: { variant_id: wine.variants[0].id, quantity: left } })
    // The options of every group are listed; the wine's group ships it.
    const { groups } = await api<{ groups: { shipping_profile_id: string }[] }>(`/store/carts/${cart.id}/groups`, { headers })
    const { shipping_options } = await api<{ shipping_options: { id: string; shipping_profile_id: string }[] }>(`/store/shipping-options?cart_id=${cart.id}`, { headers })
    const option = shipping_options.find((o) => o.shipping_profile_id === groups[0].shipping_profile_id)!
    await api(`/store/carts/${cart.id}/shipping-methods`, { headers, body: { option_id: option.id } })
    const { payment_collection } = await api<{ payment_collection: { id: string } }>("/store/payment-collections", { headers, body: { cart_id: cart.id } })
    await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { headers, body: { provider_id: "pp_system_default" } })
    await api(`/store/carts/${cart.id}/complete`, { headers, body: {} })

    await page.getByRole("radio", { name: /ชำระเงินทดสอบ/ }).check()
    await page.getByTestId("place-order").click()
    const error = page.getByTestId("payment-error")
    await expect(error).toContainText(wine.title)
    await expect(error).toContainText("ยังไม่มีการตัดเงิน")
    await expect(page).toHaveURL(/\/th\/checkout$/)

    // The cart keeps the line, flagged, and will not let the buyer pay until it is dealt with.
    await page.goto("/th/cart")
    await expect(page.getByTestId("line-problem")).toHaveAttribute("data-problem", "out_of_stock")
    await expect(page.getByTestId("cart-blocked")).toBeVisible()
    await expect(page.getByTestId("go-to-checkout")).toHaveCount(0)
    await page.getByRole("button", { name: /นำ .* ออกจากตะกร้า/ }).click()
    await expect(page.getByText("ยังไม่มีสินค้าในตะกร้า")).toBeVisible()
  })
})

test("phone, English: postcode first fills province and district, test payment, confirmation; nothing wider than the screen", async ({ page }) => {
  test.setTimeout(120_000)
  await addFromProductPage(page, "en", TEA.handle)
  await page.getByTestId("cart-link").click()
  await expect(page.getByTestId("cart-group")).toHaveCount(1)
  await page.getByTestId("go-to-checkout").click()
  await fillContact(page, "en", `phone-${Date.now()}@example.th`)
  await page.getByLabel("Postcode").fill("50200")
  await expect(page.getByLabel("Province")).toHaveValue("50")
  await expect(page.getByLabel("District", { exact: true })).toHaveValue("5001")
  await page.getByLabel("Subdistrict", { exact: false }).selectOption("500101")
  await page.getByRole("button", { name: "Save address and choose shipping" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Delivery address saved" })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId("shipping-group")).toHaveCount(1)
  await page.getByRole("radio", { name: /Test payment — no money is taken/ }).check()
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(390)
  await page.getByTestId("place-order").click()
  await expect(page).toHaveURL(/\/en\/order\/confirmed\/order_/, { timeout: 30_000 })
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your order")
  await expect(page.getByTestId("order-total")).toHaveText("฿165.00") // ฿120 tea + ฿45 registered mail, VAT included
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test("PromptPay: the QR is shown with its amount, and paying it leads to the confirmation", async ({ page }) => {
  const fake = process.env.FAKE_STRIPE_URL
  test.skip(!fake, "needs the fake Stripe (FAKE_STRIPE_URL)")
  test.setTimeout(120_000)
  await addFromProductPage(page, "th", TEA.handle)
  await page.goto("/th/checkout")
  await fillContact(page, "th", `qr-${Date.now()}@example.th`)
  await page.getByLabel("รหัสไปรษณีย์").fill("50200")
  await expect(page.getByLabel("จังหวัด")).toHaveValue("50")
  await page.getByLabel("ตำบล / แขวง", { exact: false }).selectOption("500101")
  await page.getByRole("button", { name: "บันทึกที่อยู่และเลือกวิธีจัดส่ง" }).click()
  await expect(page.getByRole("status").filter({ hasText: "บันทึกที่อยู่จัดส่งแล้ว" })).toBeVisible({ timeout: 20_000 })
  await page.getByRole("radio", { name: /พร้อมเพย์/ }).check()
  await page.getByTestId("promptpay-create").click()
  const qr = page.getByRole("img", { name: "QR พร้อมเพย์สำหรับชำระ ฿165.00" })
  await expect(qr).toBeVisible({ timeout: 20_000 })
  await expect(qr.locator("svg")).toBeVisible()
  await expect(page.getByText(/QR หมดอายุใน \d+:\d\d/)).toBeVisible()

  // The buyer pays in the banking app: the fake marks the intent paid and sends the signed webhook.
  const intents = (await (await fetch(`${fake}/__fake/payment_intents`)).json()) as { id: string; created: number; payment_method_types?: string[] }[]
  const latest = intents.filter((pi) => pi.payment_method_types?.includes("promptpay") ?? true).sort((a, b) => b.created - a.created)[0]
  const paid = await fetch(`${fake}/__fake/payment_intents/${latest.id}/succeed`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
  expect(paid.ok).toBe(true)
  await expect(page).toHaveURL(/\/th\/order\/confirmed\/order_/, { timeout: 30_000 })
  await expect(page.getByTestId("order-total")).toHaveText("฿165.00")
})
