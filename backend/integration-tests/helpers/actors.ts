import type { MedusaContainer } from "@medusajs/framework/types"
import { runSeed } from "../../src/seed"
import { createCddStaffAccountWorkflow } from "../../src/workflows/cdd-staff/create-cdd-staff-account"
import { registerProducerGroupWorkflow } from "../../src/workflows/producer/register-producer-group"
import { changeProducerGroupStatusWorkflow } from "../../src/workflows/producer/change-group-status"

export const PASSWORD = "test-password-2567"
export const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } })

/** Signs up through the real auth routes and returns a producer's token (actor_id set). */
export async function signUpProducer(api: any, email: string): Promise<{ token: string; producer_id: string }> {
  const { data: reg } = await api.post("/auth/producer/emailpass/register", { email, password: PASSWORD })
  const { data } = await api.post("/producer/account", { first_name: "ทดสอบ" }, bearer(reg.token))
  const { data: login } = await api.post("/auth/producer/emailpass", { email, password: PASSWORD })
  return { token: login.token, producer_id: data.producer.id }
}

export async function signInStaff(api: any, container: MedusaContainer, email: string, scope: { is_national?: boolean; province_codes?: string[] }) {
  await createCddStaffAccountWorkflow(container).run({
    input: { email, password: PASSWORD, is_national: !!scope.is_national, province_codes: scope.province_codes ?? [] },
  })
  const { data } = await api.post("/auth/cdd_staff/emailpass", { email, password: PASSWORD })
  return data.token as string
}

let counter = 0
/** A group registered by `producer_id` in a subdistrict (its province follows), optionally approved. */
export async function createGroup(container: MedusaContainer, producerId: string, subdistrict: string, approve = true) {
  counter += 1
  const { result } = await registerProducerGroupWorkflow(container).run({
    input: {
      producer_id: producerId,
      group: {
        handle: `test-group-${counter}-${subdistrict}`,
        name_th: `กลุ่มทดสอบ ${counter}`,
        name_en: `Test group ${counter}`,
        producer_type: "COMMUNITY_GROUP",
        otop_registration_no: `OTOP-T-${counter}-${Date.now()}`,
        subdistrict_code: subdistrict,
      },
      documents: [],
    },
  })
  if (approve) {
    await changeProducerGroupStatusWorkflow(container).run({
      input: { group_id: result.id, action: "approve", actor_type: "test", actor_id: "test" },
    })
  }
  return result
}

/** A published product of the producer's acting group, created through /producer/products. */
export async function createProducerProduct(api: any, token: string, handle: string, price = "150.00", stock = 10) {
  const { data } = await api.post(
    "/producer/products",
    {
      handle,
      title: { th: `สินค้า ${handle}`, en: `Product ${handle}` },
      category: "food",
      status: "published",
      weight_g: 300,
      variants: [{ price, stock }],
    },
    bearer(token)
  )
  return data.product
}

type ProductSpec = { price?: string; stock?: number }

/**
 * The seeded store (no demo data) and two approved producer groups, each with its owner's token
 * and one published product: "a" in Chiang Mai (500101), "b" in Surin (320101). The owners sign
 * up as `<prefix>-a@example.th`, their products' handles are `<prefix>-product-a` (and -b).
 */
export async function seedStoreWithTwoGroups(api: any, container: MedusaContainer, prefix: string, products: { a?: ProductSpec; b?: ProductSpec } = {}) {
  const store = await runSeed(container, { demo: false })
  const groups: Record<string, { token: string; producer_id: string; group: Awaited<ReturnType<typeof createGroup>>; product: any }> = {}
  for (const [name, subdistrict] of [["a", "500101"], ["b", "320101"]] as const) {
    const { token, producer_id } = await signUpProducer(api, `${prefix}-${name}@example.th`)
    const group = await createGroup(container, producer_id, subdistrict)
    const product = await createProducerProduct(api, token, `${prefix}-product-${name}`, products[name]?.price, products[name]?.stock)
    groups[name] = { token, producer_id, group, product }
  }
  return { store, a: groups.a, b: groups.b }
}

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

/** A guest checkout of the given variants with one shipping method per group and a test payment. */
export async function checkout(api: any, publishableKey: string, regionId: string, variantIds: string[]) {
  const headers = { headers: { "x-publishable-api-key": publishableKey } }
  const { data: c } = await api.post("/store/carts", { region_id: regionId, email: "buyer@example.th", shipping_address: BANGKOK_ADDRESS }, headers)
  const cartId = c.cart.id
  for (const variant_id of variantIds) await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 }, headers)
  const { data: so } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const byProfile = new Map<string, any>()
  for (const option of so.shipping_options) if (!byProfile.has(option.shipping_profile_id)) byProfile.set(option.shipping_profile_id, option)
  for (const option of byProfile.values()) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
  return { order: done.order, shippingOptions: so.shipping_options, cart: done.cart, type: done.type }
}

/** Waits until `fn` stops throwing (subscribers run after the request that emitted the event). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await fn()
    } catch (e) {
      if (Date.now() > deadline) throw e
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}
