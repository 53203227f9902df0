import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { setupThaiStore, type ThaiStore } from "./thai-store"

export const STORE_SEED_VERSION = 1

/**
 * Store set-up and (optionally) demo data. Safe to run again: every part is looked up before
 * it is created. Records what it did in the store's metadata, which `npm start` reads to skip
 * seeding on later starts.
 */
export async function runSeed(container: MedusaContainer, { demo }: { demo: boolean }): Promise<ThaiStore> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const t0 = Date.now()
  logger.info("[seed] setting the store up for Thailand (THB, VAT 7% included, shipping, OTOP categories)…")
  const store = await setupThaiStore(container)
  const marker: Record<string, unknown> = { store: STORE_SEED_VERSION }
  if (demo) {
    logger.info("[seed] demo catalog…")
    // Loaded only when wanted: production (SEED_DEMO=false) never touches the demo data.
    const { seedDemoCatalog } = require("./demo-catalog") as typeof import("./demo-catalog")
    const { DEMO_SEED_VERSION } = require("./demo/catalog") as typeof import("./demo/catalog")
    const { groups, products, skipped } = await seedDemoCatalog(container, store, (done, total) =>
      logger.info(`[seed] demo products ${done}/${total}`)
    )
    logger.info(`[seed] demo catalog: ${groups} producer groups and ${products} products created, ${skipped} products already there`)
    marker.demo = DEMO_SEED_VERSION
    const t1 = Date.now()
    const { seedDemoTrust } = require("./demo-trust") as typeof import("./demo-trust")
    const trust = await seedDemoTrust(container, store)
    logger.info(
      `[seed] demo trust data: ${trust.grades} grades, ${trust.certifications} certifications, ${trust.attributes} attribute sets, ` +
        `${trust.orders} orders and ${trust.reviews} reviews created in ${((Date.now() - t1) / 1000).toFixed(1)} s ` +
        `(${Object.entries(trust.seconds).map(([part, s]) => `${part} ${s} s`).join(", ")})`
    )
    await (require("../scripts/rebuild-catalog") as typeof import("../scripts/rebuild-catalog")).rebuildCatalog(container) // GET /store/catalog's read model
  }
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.storeId }, update: { metadata: { otop_seed: marker } } },
  })
  logger.info(`[seed] storefront publishable key: ${store.publishableKey}`)
  logger.info(`[seed] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return store
}
