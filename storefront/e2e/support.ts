import { expect, type Page } from "@playwright/test"

// Shared by the end-to-end specs: the backend's API (for set-up and checks the UI does not
// cover yet) and the demo data's facts.
export const BACKEND = (process.env.BACKEND_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
export const DEMO_PASSWORD = "otop-demo-2567"
export const DEMO = {
  admin: "admin@demo.otop.local",
  producer: "producer@demo.otop.local",
  staffChiangMai: "staff.chiangmai@demo.otop.local",
  staffNational: "staff.national@demo.otop.local",
}

export const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
)
export const RED_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC", "base64")
export const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

export const BANGKOK_ADDRESS = {
  first_name: "สมศรี",
  last_name: "ใจดี",
  address_1: "99/1 ถนนพหลโยธิน",
  city: "เขตพญาไท",
  province: "10",
  postal_code: "10400",
  country_code: "th",
  phone: "0812345678",
}

type ApiInit = { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }

/** Calls the backend; an error answer throws with its status and body. */
export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...(init.headers ?? {}) }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  let body: BodyInit | undefined
  if (init.body instanceof FormData) body = init.body
  else if (init.body !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(init.body)
  }
  const response = await fetch(`${BACKEND}${path}`, { method: init.method ?? (init.body ? "POST" : "GET"), headers, body })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

export async function signInToken(actor: "producer" | "user" | "cdd_staff", email: string, password = DEMO_PASSWORD): Promise<string> {
  const { token } = await api<{ token: string }>(`/auth/${actor}/emailpass`, { body: { email, password } })
  return token
}

/** The storefront's publishable key, read through the admin API as the demo operator. */
export async function publishableKey(): Promise<string> {
  const token = await signInToken("user", DEMO.admin)
  const { api_keys } = await api<{ api_keys: { token: string; title: string; revoked_at: string | null }[] }>(
    "/admin/api-keys?type=publishable&limit=50",
    { token },
  )
  const key = api_keys.find((k) => k.title === "OTOP Storefront" && !k.revoked_at) ?? api_keys.find((k) => !k.revoked_at)
  if (!key) throw new Error("no publishable key")
  return key.token
}

/**
 * A guest checkout through the store API (the storefront's cart is not built yet): one shipping
 * method per producer group, the system test payment.
 */
export async function placeOrder(key: string, variantIds: string[], email = "buyer@example.th"): Promise<{ id: string; display_id: number }> {
  const headers = { "x-publishable-api-key": key }
  const { regions } = await api<{ regions: { id: string }[] }>("/store/regions", { headers })
  const { cart } = await api<{ cart: { id: string } }>("/store/carts", {
    headers,
    body: { region_id: regions[0].id, email, shipping_address: BANGKOK_ADDRESS },
  })
  for (const variant_id of variantIds) await api(`/store/carts/${cart.id}/line-items`, { headers, body: { variant_id, quantity: 1 } })
  const { shipping_options } = await api<{ shipping_options: { id: string; shipping_profile_id: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`,
    { headers },
  )
  const byProfile = new Map<string, string>()
  for (const option of shipping_options) if (!byProfile.has(option.shipping_profile_id)) byProfile.set(option.shipping_profile_id, option.id)
  for (const option_id of byProfile.values()) await api(`/store/carts/${cart.id}/shipping-methods`, { headers, body: { option_id } })
  const { payment_collection } = await api<{ payment_collection: { id: string } }>("/store/payment-collections", { headers, body: { cart_id: cart.id } })
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { headers, body: { provider_id: "pp_system_default" } })
  const done = await api<{ type: string; order?: { id: string; display_id: number } }>(`/store/carts/${cart.id}/complete`, { headers, body: {} })
  if (done.type !== "order" || !done.order) throw new Error(`checkout did not complete: ${JSON.stringify(done).slice(0, 300)}`)
  return done.order
}

/** Labels of required fields end with a "*" (hidden from screen readers). */
export const exactLabel = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`)

export async function signInProducer(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/th/producer/login")
  await page.getByLabel("อีเมล").fill(email)
  await page.getByLabel("รหัสผ่าน").fill(password)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/producer(\/register)?$/)
}

export async function signInStaff(page: Page, email: string) {
  await page.goto("/th/staff/login")
  await page.getByLabel("อีเมล").fill(email)
  await page.getByLabel("รหัสผ่าน").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click()
  await expect(page).toHaveURL(/\/th\/staff(\?.*)?$/)
}
