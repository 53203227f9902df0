import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updatePricePreferencesWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { regionPaymentProviderIds } from "../modules/stripe-payments/options"
import { OTOP_CATEGORIES } from "./otop-categories"
import { upsertTranslations } from "./translations"

/** Everything `setupThaiStore` found or created, for the demo catalog and for tests. */
export type ThaiStore = {
  storeId: string
  salesChannelId: string
  regionId: string
  publishableKey: string
  shippingProfileId: string
  categoryIdByHandle: Record<string, string>
}

export const STORE_NAME = "OTOP Marketplace"
export const REGION_NAME = { th: "ประเทศไทย", en: "Thailand" }
export const PUBLISHABLE_KEY_TITLE = "OTOP Storefront"
export const STORE_LOCALES = ["th-TH", "en-US"]
const STORE_LOCALE_NAMES = [
  { code: "th-TH", name: "Thai (Thailand)" },
  { code: "en-US", name: "English (United States)" },
]
export const VAT = { rate: 7, code: "VAT", name: "VAT 7%" }


/**
 * Sets the store up for Thailand: THB, one VAT-inclusive region, 7% VAT, a stock location with
 * Thai shipping options, the five OTOP categories (Thai with English translations), a
 * publishable key for the storefront. Idempotent: each part is looked up before it is created,
 * so running it again changes nothing.
 */
export async function setupThaiStore(container: MedusaContainer): Promise<ThaiStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "name", "default_sales_channel_id", "supported_currencies.*", "supported_locales.*"] })
  if (!store) throw new Error("No store found: Medusa creates it on first boot")

  // --- Sales channel: keep Medusa's single default channel (one channel keeps store queries cheap).
  const salesChannelId = store.default_sales_channel_id as string
  await updateSalesChannelsWorkflow(container).run({
    input: { selector: { id: salesChannelId }, update: { name: STORE_NAME, description: "ร้านค้าออนไลน์ OTOP" } },
  })

  // --- Region (THB, Thailand, tax-inclusive prices).
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code"], filters: { currency_code: "thb" } })
  let regionId = regions[0]?.id as string | undefined
  if (!regionId) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME.th,
            currency_code: "thb",
            countries: ["th"],
            payment_providers: await paymentProviderIds(container),
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    regionId = result[0].id
    logger.info(`[seed] region ${REGION_NAME.th} (${regionId})`)
  } else {
    await syncRegionPaymentProviders(container, regionId)
  }
  await upsertTranslations(container, [{ reference: "region", reference_id: regionId, en: { name: REGION_NAME.en } }])

  // --- Store: THB only, tax-inclusive, Thai and English content, the region as default.
  await ensureLocalesWorkflow(container).run({ input: STORE_LOCALE_NAMES })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [{ currency_code: "thb", is_default: true, is_tax_inclusive: true }],
        supported_locales: STORE_LOCALES.map((locale_code) => ({ locale_code })),
        default_region_id: regionId,
      } as any,
    },
  })
  await ensureTaxInclusivePricing(container, regionId)

  // --- VAT 7%.
  const { data: taxRegions } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: "th" } })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "th", provider_id: "tp_system", default_tax_rate: { ...VAT } }],
    })
  }

  // --- Publishable key for the storefront, on the store's sales channel.
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at"],
    filters: { type: "publishable", title: PUBLISHABLE_KEY_TITLE },
  })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    key = result[0] as any
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [salesChannelId] } })
  }

  // --- Shipping: Medusa's default profile. Stock locations and shipping options belong to the
  // producer groups (each ships from its own village: see setup-group-logistics).
  const shippingProfileId = await ensureDefaultShippingProfile(container)

  // --- The five OTOP categories.
  const categoryIdByHandle = await ensureOtopCategories(container)

  return {
    storeId: store.id,
    salesChannelId,
    regionId,
    publishableKey: key!.token as string,
    shippingProfileId,
    categoryIdByHandle,
  }
}

/** Medusa's boot creates a default profile; a bare database (tests) may not have one yet. */
async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id", "type"] })
  const existing = profiles.find((p) => p.type === "default") ?? profiles[0]
  if (existing) return existing.id as string
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

/**
 * The providers the configuration asks for (regionPaymentProviderIds), among those the payment
 * module has loaded: never every enabled one, which would include Stripe's European methods.
 */
async function paymentProviderIds(container: MedusaContainer): Promise<string[]> {
  const payment = container.resolve(Modules.PAYMENT)
  const wanted = regionPaymentProviderIds(process.env)
  const loaded = new Set((await payment.listPaymentProviders({ id: wanted, is_enabled: true })).map((p) => p.id))
  const missing = wanted.filter((id) => !loaded.has(id))
  if (missing.length) throw new Error(`payment providers not loaded: ${missing.join(", ")} (is the Stripe provider in medusa-config?)`)
  return wanted
}

/**
 * Brings the Thai region's payment providers in line with the current configuration (Stripe
 * key added or removed, PAYMENT_TEST_MODE changed). Changes nothing when they already match.
 * Returns whether it changed them.
 */
export async function syncRegionPaymentProviders(container: MedusaContainer, regionId?: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: regionId ? { id: regionId } : { currency_code: "thb" },
  })
  const region = regions[0]
  if (!region) return false
  const wanted = await paymentProviderIds(container)
  const current = (region.payment_providers ?? []).map((p: any) => p.id as string)
  if (current.length === wanted.length && wanted.every((id) => current.includes(id))) return false
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: region.id }, update: { payment_providers: wanted } },
  })
  logger.info(`[seed] region payment providers: ${current.join(", ") || "none"} -> ${wanted.join(", ")}`)
  return true
}

/** Medusa creates the price preferences tax-exclusive; Thai shelf prices include VAT. */
async function ensureTaxInclusivePricing(container: MedusaContainer, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: prefs } = await query.graph({
    entity: "price_preference",
    fields: ["id", "attribute", "value", "is_tax_inclusive"],
  })
  const ours = prefs.filter(
    (p) => (p.attribute === "currency_code" && p.value === "thb") || (p.attribute === "region_id" && p.value === regionId)
  )
  const exclusive = ours.filter((p) => !p.is_tax_inclusive).map((p) => p.id as string)
  if (exclusive.length) {
    await updatePricePreferencesWorkflow(container).run({
      input: { selector: { id: exclusive }, update: { is_tax_inclusive: true } },
    })
  }
}

async function ensureOtopCategories(container: MedusaContainer): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = OTOP_CATEGORIES.map((c) => c.handle)
  const { data: existing } = await query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { handle: handles } })
  const idByHandle: Record<string, string> = Object.fromEntries(existing.map((c) => [c.handle, c.id]))
  const missing = OTOP_CATEGORIES.filter((c) => !idByHandle[c.handle])
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name.th,
          handle: c.handle,
          description: c.description.th,
          is_active: true,
          is_internal: false,
          rank: OTOP_CATEGORIES.indexOf(c),
          metadata: { otop_type: c.code },
        })),
      },
    })
    for (const c of result) idByHandle[c.handle] = c.id
  }
  await upsertTranslations(
    container,
    OTOP_CATEGORIES.map((c) => ({
      reference: "product_category",
      reference_id: idByHandle[c.handle],
      en: { name: c.name.en, description: c.description.en },
    }))
  )
  return idByHandle
}

/**
 * The Translation Module loads its locale list when the app boots; on a database migrated after
 * that boot (tests, first start) the two locales the store needs may not be there yet.
 */
const ensureLocalesStep = createStep("ensure-store-locales", async (locales: { code: string; name: string }[], { container }) => {
  const translation = container.resolve(Modules.TRANSLATION) as any
  const existing = new Set((await translation.listLocales({ code: locales.map((l) => l.code) })).map((l: any) => l.code))
  const missing = locales.filter((l) => !existing.has(l.code))
  const created = missing.length ? await translation.createLocales(missing) : []
  return new StepResponse(created, created.map((l: any) => l.id))
}, async (ids, { container }) => {
  if (ids?.length) await (container.resolve(Modules.TRANSLATION) as any).deleteLocales(ids)
})

const ensureLocalesWorkflow = createWorkflow("ensure-store-locales", (locales: { code: string; name: string }[]) => {
  return new WorkflowResponse(ensureLocalesStep(locales))
})
