import type { ExecArgs } from "@medusajs/framework/types"
import { syncRegionPaymentProviders } from "../seed/thai-store"

/**
 * Brings the Thai region's payment providers in line with the configuration (STRIPE_API_KEY,
 * PAYMENT_TEST_MODE). `npm start` runs it on an already seeded database when they differ.
 *   cd backend && npx medusa exec ./src/scripts/sync-payment-providers.ts
 */
export default async function syncPaymentProviders({ container }: ExecArgs) {
  await syncRegionPaymentProviders(container)
}
