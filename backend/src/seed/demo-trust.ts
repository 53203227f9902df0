import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { CDD_STAFF_MODULE } from "../modules/cdd-staff"
import type CddStaffModuleService from "../modules/cdd-staff/service"
import { CERTIFICATION_MODULE } from "../modules/certification"
import { normaliseNumber, SCHEME_BY_CODE } from "../modules/certification/data/schemes"
import type CertificationModuleService from "../modules/certification/service"
import { OTOP_GRADE_MODULE } from "../modules/otop-grade"
import type OtopGradeModuleService from "../modules/otop-grade/service"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { PRODUCT_ATTRIBUTES_MODULE } from "../modules/product-attributes"
import { ProductAttributesBody } from "../modules/product-attributes/data/schema"
import type ProductAttributesModuleService from "../modules/product-attributes/service"
import { REVIEW_MODULE } from "../modules/review"
import type ReviewModuleService from "../modules/review/service"
import { decideCertificationWorkflow } from "../workflows/certification/decide-certification"
import { submitCertificationWorkflow } from "../workflows/certification/submit-certification"
import { trackCertificationExpiryWorkflow } from "../workflows/certification/track-certification-expiry"
import { linkOrderToGroupsWorkflow } from "../workflows/order/link-order-to-groups"
import { shipGroupLinesWorkflow } from "../workflows/order/ship-group-lines"
import { recordOtopGradesWorkflow, type OtopGradeInput } from "../workflows/otop-grade/record-otop-grades"
import { uploadProducerFilesWorkflow } from "../workflows/producer/upload-producer-files"
import { setProductAttributesWorkflow } from "../workflows/product-attributes/set-product-attributes"
import { moderateReviewWorkflow } from "../workflows/review/moderate-review"
import { replyToReviewWorkflow } from "../workflows/review/reply-to-review"
import { writeReviewWorkflow } from "../workflows/review/write-review"
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_STAFF, demoOwnerEmail } from "./demo-catalog"
import { DEMO_PRODUCER_GROUPS, DEMO_PRODUCTS } from "./demo/catalog"
import { specimenPdf } from "./demo/documents"
import {
  DEMO_ATTRIBUTES,
  DEMO_CERTIFICATIONS,
  DEMO_CUSTOMERS,
  DEMO_GRADES,
  DEMO_OPC_ROUNDS,
  DEMO_ORDERS,
  DEMO_REVIEWS,
  type DemoCertification,
  type DemoCustomer,
  type DemoOrder,
  demoTrackingNumber,
  monthsAgo,
} from "./demo/trust"
import type { ThaiStore } from "./thai-store"

export type DemoTrustResult = {
  grades: number
  certifications: number
  attributes: number
  orders: number
  reviews: number
  /** Seconds per part, for the seed's log. */
  seconds: Record<string, string>
}

type Group = { id: string; handle: string; province_code: string; owner_id: string }
type Product = { id: string; handle: string; group: Group; categories: string[]; variantBySku: Map<string, string>; firstVariant: string }
type Context = {
  container: MedusaContainer
  store: ThaiStore
  products: Map<string, Product>
  groups: Map<string, Group>
  staff: { national: string; chiangMai: string }
  adminId: string
}

/** Runs independent workflows a few at a time (the seed shares a small machine): a pool, not batches. */
const PARALLEL = 4
async function pooled<T>(items: T[], fn: (item: T) => Promise<unknown>, size = PARALLEL) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

/**
 * The demo catalog's trust data (issue 4), through the workflows the portals use: official grades
 * over three real OPC rounds, certifications submitted by each group with a specimen document and
 * decided by its province's CDD staff (one pending, one draft, one expired), fabric and soft-power
 * attributes, and buyers whose delivered orders let them review. Idempotent: what exists is kept.
 */
export async function seedDemoTrust(container: MedusaContainer, store: ThaiStore): Promise<DemoTrustResult> {
  const seconds: Record<string, string> = {}
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now()
    const result = await fn()
    seconds[name] = ((Date.now() - t0) / 1000).toFixed(1)
    return result
  }
  const ctx = await loadContext(container, store)
  // The two halves touch different records: run them side by side (one waits on the database
  // while the other computes). Buyers' orders are the slowest part (Medusa's checkout, shipping).
  const [[grades, certifications, attributes], { orders, reviews }] = await Promise.all([
    (async () => [
      await timed("grades", () => seedGrades(ctx)),
      await timed("certifications", () => seedCertifications(ctx)),
      await timed("attributes", () => seedAttributes(ctx)),
    ])(),
    timed("orders and reviews, alongside", () => seedOrdersAndReviews(ctx)),
  ])
  return { grades, certifications, attributes, orders, reviews, seconds }
}

async function loadContext(container: MedusaContainer, store: ThaiStore): Promise<Context> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const demoGroups = DEMO_PRODUCER_GROUPS.filter((g) => g.status === "approved")
  const [rows, owners] = await Promise.all([
    producers.listProducerGroups({ handle: demoGroups.map((g) => g.handle) }),
    producers.listProducers({ email: demoGroups.map(demoOwnerEmail) }),
  ])
  const ownerByEmail = new Map(owners.map((o) => [o.email, o.id]))
  const groups = new Map<string, Group>()
  for (const demo of demoGroups) {
    const row = rows.find((r) => r.handle === demo.handle)
    const owner = ownerByEmail.get(demoOwnerEmail(demo))
    if (!row || !owner) throw new Error(`demo trust data: group ${demo.handle} or its owner is missing (run the demo catalog seed first)`)
    groups.set(demo.handle, { id: row.id, handle: row.handle, province_code: row.province_code as string, owner_id: owner })
  }
  const groupOf = new Map(DEMO_PRODUCTS.map((p) => [p.handle, p.group]))
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "categories.handle", "variants.id", "variants.sku"],
    filters: { handle: DEMO_PRODUCTS.filter((p) => groups.has(p.group)).map((p) => p.handle) },
  })
  const products = new Map<string, Product>()
  for (const p of data as any[]) {
    const variants = (p.variants ?? []).filter(Boolean)
    const demo = DEMO_PRODUCTS.find((d) => d.handle === p.handle)!
    products.set(p.handle, {
      id: p.id,
      handle: p.handle,
      group: groups.get(groupOf.get(p.handle)!)!,
      categories: (p.categories ?? []).map((c: any) => c?.handle),
      variantBySku: new Map(variants.map((v: any) => [v.sku, v.id])),
      firstVariant: variants.find((v: any) => v.sku === demo.variants[0].sku)?.id ?? variants[0]?.id,
    })
  }
  const staffService: CddStaffModuleService = container.resolve(CDD_STAFF_MODULE)
  const staff = await staffService.listCddStaffs({ email: DEMO_STAFF.map((s) => s.email) })
  const national = staff.find((s) => s.is_national)
  const chiangMai = staff.find((s) => !s.is_national)
  const { data: users } = await query.graph({ entity: "user", fields: ["id"], filters: { email: DEMO_ADMIN.email } })
  if (!national || !chiangMai || !users[0]) throw new Error("demo trust data: the demo staff and admin logins are missing")
  return { container, store, products, groups, staff: { national: national.id, chiangMai: chiangMai.id }, adminId: users[0].id }
}

const productOf = (ctx: Context, handle: string) => {
  const product = ctx.products.get(handle)
  if (!product) throw new Error(`demo trust data: product ${handle} is not in the demo catalog`)
  return product
}

/** The officer who decides in a province: Chiang Mai's own staff there, the national desk elsewhere. */
const deciderFor = (ctx: Context, provinceCode: string) => (provinceCode === "50" ? ctx.staff.chiangMai : ctx.staff.national)

// -------------------------------------------------------------------------------------- grades

/** Older rounds as imported from CDD's open data, the latest as recorded by staff; one run each. */
async function seedGrades(ctx: Context): Promise<number> {
  const service: OtopGradeModuleService = ctx.container.resolve(OTOP_GRADE_MODULE)
  const ids = DEMO_GRADES.map((g) => productOf(ctx, g.handle).id)
  const have = new Set((await service.listOtopGrades({ product_id: ids }, { select: ["product_id", "round_be"] })).map((g) => `${g.product_id}:${g.round_be}`))
  const latest = Math.max(...DEMO_OPC_ROUNDS.map((r) => r.round_be))
  const bySource: Record<"cdd_open_data" | "staff", OtopGradeInput[]> = { cdd_open_data: [], staff: [] }
  for (const demo of DEMO_GRADES) {
    const product = productOf(ctx, demo.handle)
    for (const round of DEMO_OPC_ROUNDS) {
      const grade = demo.rounds[round.round_be]
      if (grade === undefined || have.has(`${product.id}:${round.round_be}`)) continue
      const { stars, score } = typeof grade === "number" ? { stars: grade, score: null } : grade
      bySource[round.round_be === latest ? "staff" : "cdd_open_data"].push({
        product_id: product.id,
        group_id: product.group.id,
        province_code: product.group.province_code,
        round_be: round.round_be,
        stars,
        score,
        announced_at: round.announced_at,
      })
    }
  }
  for (const source of ["cdd_open_data", "staff"] as const) {
    if (!bySource[source].length) continue
    await recordOtopGradesWorkflow(ctx.container).run({
      input: { grades: bySource[source], source, recorded_by: ctx.staff.national, on_existing: "refuse" },
    })
  }
  return bySource.cdd_open_data.length + bySource.staff.length
}

// ------------------------------------------------------------------------------ certifications

type PlannedCertification = { demo: DemoCertification; group: Group; product_id: string | null; number: string | null; key: string }

const certificationKey = (c: { product_id?: string | null; group_id: string; scheme: string; number?: string | null; certificate_number?: string | null }) =>
  [c.product_id ?? `group:${c.group_id}`, c.scheme, c.number ?? "", c.certificate_number ?? ""].join("|")

function planCertification(ctx: Context, demo: DemoCertification): PlannedCertification {
  const product = demo.product ? productOf(ctx, demo.product) : null
  const group = product ? product.group : ctx.groups.get(demo.group!)
  if (!group) throw new Error(`demo trust data: group ${demo.group} is not an approved demo group`)
  let number: string | null = demo.number?.trim() || null
  if (SCHEME_BY_CODE.get(demo.scheme)?.format) {
    const normalised = normaliseNumber(demo.scheme, demo.number ?? "")
    if (!normalised.ok) throw new Error(`demo trust data: ${demo.product ?? demo.group} ${normalised.message}`)
    number = normalised.stored
  }
  const product_id = product?.id ?? null
  return { demo, group, product_id, number, key: certificationKey({ product_id, group_id: group.id, scheme: demo.scheme, number, certificate_number: demo.certificate_number }) }
}

/** The specimen scan a producer uploads with the claim (private, like every certification document). */
function specimenCertificate(plan: PlannedCertification) {
  const scheme = SCHEME_BY_CODE.get(plan.demo.scheme)!
  const subject = plan.demo.product ?? plan.demo.group!
  const content = specimenPdf(`SPECIMEN - ${scheme.label.en}`, [
    `Product or group: ${subject}`,
    ...(plan.number ? [`Number: ${/^[\x20-\x7e]*$/.test(plan.number) ? plan.number : "(Thai text, see the record)"}`] : []),
    "Not a real certificate. Generated for the OTOP marketplace demo.",
  ])
  return { filename: `${subject}-${plan.demo.scheme}.pdf`, mime_type: "application/pdf", size: content.length, content: content.toString("base64") }
}

async function seedCertifications(ctx: Context): Promise<number> {
  const service: CertificationModuleService = ctx.container.resolve(CERTIFICATION_MODULE)
  const plans = DEMO_CERTIFICATIONS.map((demo) => planCertification(ctx, demo))
  const existingRows = await service.listCertifications({ group_id: [...new Set(plans.map((p) => p.group.id))] })
  const existing = new Map(existingRows.map((c) => [certificationKey(c), c]))
  const todo = plans.filter((p) => !existing.has(p.key))

  // 1. Each group uploads the scans of its new claims (drafts have none yet), one run per group.
  const documents = new Map<string, { file_id: string; url: string; filename: string; mime_type: string }>()
  const withDocument = todo.filter((p) => p.demo.outcome !== "draft")
  const byGroup = [...new Set(withDocument.map((p) => p.group))]
  await pooled(byGroup, async (group) => {
    const mine = withDocument.filter((p) => p.group === group)
    const { result } = await uploadProducerFilesWorkflow(ctx.container).run({
      input: { producer_id: group.owner_id, group_id: group.id, purpose: "document", files: mine.map(specimenCertificate) },
    })
    mine.forEach((p, i) => documents.set(p.key, { file_id: result[i].file_id, url: result[i].url, filename: result[i].filename, mime_type: result[i].mime_type }))
  })

  // 2. The claims, as POST /producer/products/:id/certifications files them.
  await pooled(todo, async (p) => {
    const { result } = await submitCertificationWorkflow(ctx.container).run({
      input: {
        group_id: p.group.id,
        province_code: p.group.province_code,
        product_id: p.product_id,
        scheme: p.demo.scheme,
        number: p.demo.number ?? null,
        certificate_number: p.demo.certificate_number ?? null,
        issued_at: p.demo.issued_months_ago !== undefined ? monthsAgo(p.demo.issued_months_ago) : null,
        expires_at: null, // the scheme's validity from the issue date
        document: documents.get(p.key) ?? null,
        details: p.demo.details ?? null,
        submitted_by: p.group.owner_id,
      },
    })
    existing.set(p.key, result)
  })

  // 3. The province's officers verify what the demo shows as verified.
  const toVerify = plans.filter((p) => p.demo.outcome === "verified" && existing.get(p.key)?.status === "pending")
  await pooled(toVerify, (p) =>
    decideCertificationWorkflow(ctx.container).run({
      input: { certification_id: existing.get(p.key)!.id, decision: "verify", decided_by: deciderFor(ctx, p.group.province_code) },
    })
  )

  // 4. The expired one: verified a month after it was issued, three years ago. No workflow can
  // verify a certificate after its expiry (decide-certification rightly refuses), so that past
  // decision is written through the certification module, with the date it was taken; the real
  // daily expiry pass then expires it (and reminds the owners of what expires soon).
  const expired = plans.filter((p) => p.demo.outcome === "expired" && ["pending", "verified"].includes(existing.get(p.key)?.status as string))
  for (const p of expired) {
    const row = existing.get(p.key)!
    if (row.status === "pending") {
      await service.updateCertifications({
        id: row.id,
        status: "verified",
        decided_by: deciderFor(ctx, p.group.province_code),
        decided_at: new Date(monthsAgo((p.demo.issued_months_ago ?? 1) - 1)),
      })
    }
  }
  if (expired.length) await trackCertificationExpiryWorkflow(ctx.container).run({ input: { now: new Date().toISOString() } })
  return todo.length
}

// -------------------------------------------------------------------- fabric and soft power

async function seedAttributes(ctx: Context): Promise<number> {
  const service: ProductAttributesModuleService = ctx.container.resolve(PRODUCT_ATTRIBUTES_MODULE)
  const ids = DEMO_ATTRIBUTES.map((a) => productOf(ctx, a.handle).id)
  const have = new Set((await service.listProductAttributes({ product_id: ids }, { select: ["product_id"] })).map((a) => a.product_id))
  const todo = DEMO_ATTRIBUTES.filter((a) => !have.has(productOf(ctx, a.handle).id))
  await pooled(todo, async ({ handle, fabric, soft_power, campaigns }) => {
    const product = productOf(ctx, handle)
    // The producer route's own rules: the typed body, and fabric on textiles only.
    const attributes = ProductAttributesBody.parse({ ...(fabric ? { fabric } : {}), soft_power: soft_power ?? [], campaigns: campaigns ?? [] })
    if (attributes.fabric && !product.categories.includes("textile-apparel")) {
      throw new Error(`demo trust data: ${handle} is not a textile and cannot carry fabric attributes`)
    }
    await setProductAttributesWorkflow(ctx.container).run({ input: { product_id: product.id, group_id: product.group.id, attributes } })
  })
  return todo.length
}

// ------------------------------------------------------------------------ orders and reviews

/** An email/password login of a demo buyer, reusing an identity already registered for the email. */
async function ensureCustomer(ctx: Context, demo: DemoCustomer): Promise<string> {
  const customers = ctx.container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: demo.email, has_account: true })
  if (existing) return existing.id
  const auth = ctx.container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: demo.email, provider: "emailpass" }, { relations: ["auth_identity"] })
  let identityId = provider?.auth_identity?.id
  if (!identityId) {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email: demo.email, password: DEMO_PASSWORD } } as any)
    if (error || !authIdentity) throw new Error(`demo buyer ${demo.email}: ${error}`)
    identityId = authIdentity.id
  }
  const { result } = await createCustomerAccountWorkflow(ctx.container).run({
    input: { authIdentityId: identityId, customerData: { email: demo.email, first_name: demo.first_name, last_name: demo.last_name, phone: demo.phone } },
  })
  return result.id
}

type OrderRow = {
  id: string
  metadata?: Record<string, unknown> | null
  items: { id: string; product_id: string; detail?: { quantity?: number; fulfilled_quantity?: number } }[]
  shipping_methods: { shipping_option_id: string }[]
  fulfillments: { id: string; shipped_at: string | null; delivered_at: string | null; canceled_at: string | null }[]
}

const ORDER_FIELDS = [
  "id", "metadata", "customer_id",
  "items.id", "items.product_id", "items.detail.quantity", "items.detail.fulfilled_quantity",
  "shipping_methods.shipping_option_id",
  "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at",
]

/** Checkout as the store routes run it: cart, one shipping method per group, a test payment. */
async function placeOrder(ctx: Context, demo: DemoOrder, customerId: string, customer: DemoCustomer): Promise<string> {
  const address = { first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone, country_code: "th", ...customer.address }
  const { result: cart } = await createCartWorkflow(ctx.container).run({
    input: {
      region_id: ctx.store.regionId,
      sales_channel_id: ctx.store.salesChannelId,
      customer_id: customerId,
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items: demo.items.map((i) => {
        const product = productOf(ctx, i.handle)
        const variant_id = i.sku ? product.variantBySku.get(i.sku) : product.firstVariant
        if (!variant_id) throw new Error(`demo trust data: ${i.handle} has no variant ${i.sku}`)
        return { variant_id, quantity: 1 }
      }),
      metadata: { demo_order: demo.key },
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(ctx.container).run({ input: { cart_id: cart.id, is_return: false } })
  const byProfile = new Map<string, string>()
  for (const option of options as any[]) if (!byProfile.has(option.shipping_profile_id)) byProfile.set(option.shipping_profile_id, option.id)
  await addShippingMethodToCartWorkflow(ctx.container).run({ input: { cart_id: cart.id, options: [...byProfile.values()].map((id) => ({ id })) } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(ctx.container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(ctx.container).run({ input: { payment_collection_id: (collection as any).id, provider_id: "pp_system_default" } })
  const { result: order } = await completeCartWorkflow(ctx.container).run({ input: { id: cart.id } })
  // The order.placed subscriber does this in a running server; `medusa exec` runs no subscribers.
  await linkOrderToGroupsWorkflow(ctx.container).run({ input: { order_id: order.id } })
  return order.id
}

/** Each group ships its own lines of the order, as POST /producer/orders/:id/fulfillments does. */
async function shipOrder(ctx: Context, demo: DemoOrder, order: OrderRow): Promise<boolean> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const groups = [...new Set(demo.items.map((i) => productOf(ctx, i.handle).group))]
  let shipped = false
  for (const group of groups) {
    const mine = new Set([...ctx.products.values()].filter((p) => p.group === group).map((p) => p.id))
    const items = order.items
      .filter((i) => mine.has(i.product_id))
      .map((i) => ({ id: i.id, quantity: Number(i.detail?.quantity ?? 0) - Number(i.detail?.fulfilled_quantity ?? 0) }))
      .filter((i) => i.quantity > 0)
    if (!items.length) continue
    const { data: [row] } = await query.graph({
      entity: "producer_group",
      fields: ["stock_location.id", "stock_location.fulfillment_sets.service_zones.shipping_options.id"],
      filters: { id: group.id },
    })
    const location = (row as any)?.stock_location
    const groupOptions = new Set<string>(
      (location?.fulfillment_sets ?? []).flatMap((fs: any) => (fs?.service_zones ?? []).flatMap((z: any) => (z?.shipping_options ?? []).map((o: any) => o?.id)))
    )
    const method = order.shipping_methods.find((m) => groupOptions.has(m.shipping_option_id))
    await shipGroupLinesWorkflow(ctx.container).run({
      input: {
        order_id: order.id,
        location_id: location?.id,
        shipping_option_id: method?.shipping_option_id,
        items,
        carrier: "ไปรษณีย์ไทย",
        tracking_number: demoTrackingNumber(`${demo.key}:${group.handle}`),
        created_by: group.owner_id,
      },
    })
    shipped = true
  }
  return shipped
}

async function seedOrdersAndReviews(ctx: Context): Promise<{ orders: number; reviews: number }> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = new Map<string, string>()
  await pooled(DEMO_CUSTOMERS, async (c) => customerIds.set(c.email, await ensureCustomer(ctx, c)))
  const loadOrders = async () => {
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { customer_id: [...customerIds.values()] } })
    return new Map((data as any[]).filter((o) => o.metadata?.demo_order).map((o) => [o.metadata.demo_order as string, o as OrderRow]))
  }

  // Each order's life, the orders side by side: placed, shipped by each group, received by the buyer.
  const orders = await loadOrders()
  let placed = 0
  await pooled(DEMO_ORDERS, async (o) => {
    const load = async () => {
      const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orders.get(o.key)!.id } })
      orders.set(o.key, data[0] as OrderRow)
    }
    if (!orders.has(o.key)) {
      const customer = DEMO_CUSTOMERS.find((c) => c.email === o.customer)!
      orders.set(o.key, { id: await placeOrder(ctx, o, customerIds.get(o.customer)!, customer) } as OrderRow)
      placed += 1
      await load()
    }
    if (await shipOrder(ctx, o, orders.get(o.key)!)) await load()
    if (!o.received) return
    const order = orders.get(o.key)!
    for (const f of order.fulfillments.filter((f) => f && f.shipped_at && !f.delivered_at && !f.canceled_at)) {
      await markOrderFulfillmentAsDeliveredWorkflow(ctx.container).run({ input: { orderId: order.id, fulfillmentId: f.id } })
    }
  })

  // Reviews: written by the buyers, moderated by the operator, answered by the group. One product
  // at a time each (its rating summary is recomputed on every change), products in parallel.
  const reviews: ReviewModuleService = ctx.container.resolve(REVIEW_MODULE)
  const existing = await reviews.listReviews({ customer_id: [...customerIds.values()] })
  const byKey = new Map(existing.map((r) => [`${r.customer_id}:${r.product_id}`, r]))
  let written = 0
  const handles = [...new Set(DEMO_REVIEWS.map((r) => r.handle))]
  await pooled(handles, async (handle) => {
    const product = productOf(ctx, handle)
    for (const demo of DEMO_REVIEWS.filter((r) => r.handle === handle)) {
      const customer = DEMO_CUSTOMERS.find((c) => c.email === demo.customer)!
      const customerId = customerIds.get(demo.customer)!
      let review = byKey.get(`${customerId}:${product.id}`)
      if (!review) {
        const { result } = await writeReviewWorkflow(ctx.container).run({
          input: {
            customer_id: customerId,
            product_id: product.id,
            rating: demo.rating,
            title: demo.title ?? null,
            body: demo.body,
            display_name: `${customer.first_name} ${customer.last_name.slice(0, 1)}.`, // as the store route names buyers
          },
        })
        review = result as any
        written += 1
      }
      if (demo.status === "published" && review!.status === "pending" && !review!.moderated_at) {
        await moderateReviewWorkflow(ctx.container).run({
          input: { review_id: review!.id, product_id: product.id, status: "published", moderated_by: ctx.adminId },
        })
        review = { ...review!, status: "published" }
      }
      if (demo.reply && review!.status === "published" && !review!.reply_body) {
        await replyToReviewWorkflow(ctx.container).run({ input: { review_id: review!.id, body: demo.reply, replied_by: product.group.owner_id } })
      }
    }
  })
  return { orders: placed, reviews: written }
}
