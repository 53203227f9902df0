import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { CDD_STAFF_MODULE } from "../modules/cdd-staff"
import type CddStaffModuleService from "../modules/cdd-staff/service"
import { createCddStaffAccountWorkflow } from "../workflows/cdd-staff/create-cdd-staff-account"
import { changeProducerGroupStatusWorkflow } from "../workflows/producer/change-group-status"
import { createProducerAccountWorkflow } from "../workflows/producer/create-producer-account"
import { registerProducerGroupWorkflow } from "../workflows/producer/register-producer-group"
import { specimenPdf } from "./demo/documents"
import { updateProducerGroupWorkflow } from "../workflows/producer/update-producer-group"
import { createGroupProductsWorkflow } from "../workflows/product/create-group-products"
import { DEMO_PRODUCER_GROUPS, DEMO_PRODUCTS } from "./demo/catalog"
import { renderGroupImage, renderProductImage } from "./demo/images"
import type { DemoProducerGroup, DemoProduct } from "./demo/types"
import type { ThaiStore } from "./thai-store"

/** Demo logins, seeded only with the demo data (never with SEED_DEMO=false). */
export const DEMO_PASSWORD = "otop-demo-2567"
export const DEMO_ADMIN = { email: "admin@demo.otop.local", password: DEMO_PASSWORD }
export const DEMO_PRODUCER = { email: "producer@demo.otop.local", password: DEMO_PASSWORD }
export const DEMO_STAFF = [
  { email: "staff.chiangmai@demo.otop.local", is_national: false, province_codes: ["50"] },
  { email: "staff.national@demo.otop.local", is_national: true, province_codes: [] as string[] },
]
/** Each demo group's owner; the first approved group's owner is the demo producer login. */
export const demoOwnerEmail = (group: DemoProducerGroup) =>
  group.handle === DEMO_PRODUCER_GROUPS.find((g) => g.status === "approved")!.handle
    ? DEMO_PRODUCER.email
    : `${group.handle}@demo.otop.local`

export type DemoCatalogResult = { groups: number; products: number; skipped: number }

/**
 * Seeds the demo marketplace through the same workflows the portals use: producer groups with
 * their owners (approved, one pending registration in Chiang Mai, one suspended), realistic
 * products with generated pictures and English translations, CDD staff and an admin login.
 * Idempotent: groups, products and logins are keyed by handle or email.
 */
export async function seedDemoCatalog(
  container: MedusaContainer,
  _store: ThaiStore,
  onProgress: (done: number, total: number) => void = () => {}
): Promise<DemoCatalogResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await ensureDemoAdmin(container)
  for (const staff of DEMO_STAFF) await ensureStaff(container, staff)

  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const groupIdByHandle = new Map<string, string>()
  let newGroups = 0
  for (const demo of DEMO_PRODUCER_GROUPS) {
    const [existing] = await producers.listProducerGroups({ handle: demo.handle })
    if (existing) {
      groupIdByHandle.set(demo.handle, existing.id)
      continue
    }
    groupIdByHandle.set(demo.handle, await createDemoGroup(container, demo))
    newGroups += 1
  }

  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: DEMO_PRODUCTS.map((p) => p.handle) } })
  const have = new Set(existing.map((p) => p.handle))
  const todo = DEMO_PRODUCTS.filter((p) => !have.has(p.handle))
  let done = 0
  for (const group of DEMO_PRODUCER_GROUPS) {
    const products = todo.filter((p) => p.group === group.handle)
    if (!products.length) continue
    const urls = await uploadImages(container, products)
    await createGroupProductsWorkflow(container).run({
      input: {
        group_id: groupIdByHandle.get(group.handle)!,
        products: products.map((p, i) => ({
          handle: p.handle,
          title: p.title,
          subtitle: p.subtitle,
          description: p.description,
          material: p.material,
          category_handle: p.category,
          status: "published" as const,
          image_urls: [urls[i]],
          weight_g: p.variants[0].weight_g,
          made_to_order_days: p.made_to_order_days,
          option: p.option,
          variants: p.variants.map((v) => ({ option_value: v.option_value, sku: v.sku, price: v.price, stock: v.stock, weight_g: v.weight_g })),
        })),
      },
    })
    done += products.length
    onProgress(done, todo.length)
  }
  return { groups: newGroups, products: todo.length, skipped: have.size }
}

/** A pending registration comes with the three documents CDD asks for (private specimens). */
async function specimenDocuments(container: MedusaContainer, demo: DemoProducerGroup) {
  const specimen = (what: string) =>
    specimenPdf(`SPECIMEN - ${what}`, [`Demo registration: ${demo.name.en}`, "Not a real document. Generated for the OTOP marketplace demo."])
  const files = [
    { kind: "id_card_chair", filename: `${demo.handle}-id-card.pdf`, mime_type: "application/pdf", content: specimen("ID card of the group chair") },
    { kind: "house_registration", filename: `${demo.handle}-house-registration.pdf`, mime_type: "application/pdf", content: specimen("House registration") },
    { kind: "product_photo", filename: `${demo.handle}-product.webp`, mime_type: "image/webp", content: await renderGroupImage(demo, "cover") },
  ]
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: files.map((f) => ({ filename: f.filename, mimeType: f.mime_type, content: f.content.toString("base64"), access: "private" as const })) },
  })
  return files.map((f, i) => ({ kind: f.kind, file_id: result[i].id, url: result[i].url, filename: f.filename, mime_type: f.mime_type, size: f.content.length }))
}

async function createDemoGroup(container: MedusaContainer, demo: DemoProducerGroup): Promise<string> {
  const ownerId = await ensureProducer(container, demoOwnerEmail(demo))
  const { result: group } = await registerProducerGroupWorkflow(container).run({
    input: {
      producer_id: ownerId,
      group: {
        handle: demo.handle,
        name_th: demo.name.th,
        name_en: demo.name.en,
        producer_type: demo.producer_type,
        otop_registration_no: demo.otop_registration_no,
        registration_year_be: demo.registration_year_be,
        community_enterprise_no: demo.community_enterprise_no ?? null,
        subdistrict_code: demo.subdistrict_code,
        village_th: demo.village.th,
        village_en: demo.village.en,
        moo: demo.moo,
        story_th: demo.story.th,
        story_en: demo.story.en,
        phone: demo.contact.phone.replace(/-/g, ""),
        line_id: demo.contact.line_id ?? null,
        email: demo.contact.email ?? null,
      },
      documents: demo.status === "pending" ? await specimenDocuments(container, demo) : [],
    },
  })
  const [logo, cover] = await upload(container, [
    { filename: `demo/${demo.handle}-logo.webp`, content: await renderGroupImage(demo, "logo") },
    { filename: `demo/${demo.handle}-cover.webp`, content: await renderGroupImage(demo, "cover") },
  ])
  await updateProducerGroupWorkflow(container).run({ input: { id: group.id, update: { logo_url: logo, cover_url: cover } } })
  const decide = (action: "approve" | "suspend", reason?: string) =>
    changeProducerGroupStatusWorkflow(container).run({
      input: { group_id: group.id, action, reason, actor_type: "seed", actor_id: "demo" },
    })
  if (demo.status !== "pending") await decide("approve")
  if (demo.status === "suspended") await decide("suspend", `${demo.status_reason?.th ?? "ระงับชั่วคราว"} / ${demo.status_reason?.en ?? "Suspended"}`)
  return group.id
}

async function upload(container: MedusaContainer, files: { filename: string; content: Buffer }[]): Promise<string[]> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((f) => ({ filename: f.filename, mimeType: "image/webp", content: f.content.toString("base64"), access: "public" as const })),
    },
  })
  return result.map((f) => f.url)
}

async function uploadImages(container: MedusaContainer, products: DemoProduct[]): Promise<string[]> {
  return upload(
    container,
    await Promise.all(products.map(async (p) => ({ filename: `demo/${p.handle}.webp`, content: await renderProductImage(p.image, p.handle) })))
  )
}

/** An email/password identity, reusing it when the email is already registered. */
async function ensureIdentity(container: MedusaContainer, email: string): Promise<{ id: string; app_metadata: Record<string, unknown> }> {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { relations: ["auth_identity"] })
  if (provider?.auth_identity) return provider.auth_identity as any
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password: DEMO_PASSWORD } } as any)
  if (error || !authIdentity) throw new Error(`demo login ${email}: ${error}`)
  return authIdentity as any
}

async function ensureProducer(container: MedusaContainer, email: string): Promise<string> {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [existing] = await producers.listProducers({ email })
  if (existing) return existing.id
  const identity = await ensureIdentity(container, email)
  const { result } = await createProducerAccountWorkflow(container).run({
    input: { auth_identity_id: identity.id, producer: { email, first_name: "Demo", last_name: "Producer" } },
  })
  return result.id
}

async function ensureStaff(container: MedusaContainer, staff: (typeof DEMO_STAFF)[number]) {
  const service: CddStaffModuleService = container.resolve(CDD_STAFF_MODULE)
  if ((await service.listCddStaffs({ email: staff.email })).length) return
  await createCddStaffAccountWorkflow(container).run({
    input: { ...staff, password: DEMO_PASSWORD, first_name: "เจ้าหน้าที่", last_name: "พช. (demo)" },
  })
}

/** The demo operator login for the Medusa admin. */
async function ensureDemoAdmin(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({ entity: "user", fields: ["id"], filters: { email: DEMO_ADMIN.email } })
  if (users.length) return
  const identity = await ensureIdentity(container, DEMO_ADMIN.email)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: identity.id, userData: { email: DEMO_ADMIN.email, first_name: "OTOP", last_name: "Admin" } },
  })
}
