import type { MedusaContainer } from "@medusajs/framework/types"
import { trackCertificationExpiryWorkflow } from "../workflows/certification/track-certification-expiry"

/** Every day shortly after midnight Bangkok time (17:05 UTC): expire and remind. */
export default async function trackCertificationExpiry(container: MedusaContainer) {
  const { result } = await trackCertificationExpiryWorkflow(container).run({ input: { now: new Date().toISOString() } })
  container.resolve("logger").info(`certifications: ${result.expired.length} expired, ${result.expiring.length} reminded`)
}

export const config = { name: "track-certification-expiry", schedule: "5 17 * * *" }
