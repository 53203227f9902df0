import { createRequire } from "node:module"

// The stripe SDK that @medusajs/payment-stripe is written against (nested under it: the
// repository root has another major). Our client must be the same version as the one it replaces.
const requireFromPaymentStripe = createRequire(require.resolve("@medusajs/payment-stripe/package.json"))
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const Stripe = requireFromPaymentStripe("stripe") as any

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StripeClient = any

/**
 * A Stripe client for `apiKey`, sent to `apiBase` (e.g. the loopback fake at
 * http://127.0.0.1:12111) when given, else to Stripe itself.
 */
export function createStripeClient(apiKey: string, apiBase?: string | null): StripeClient {
  if (!apiBase) return new Stripe(apiKey)
  const url = new URL(apiBase)
  return new Stripe(apiKey, {
    host: url.hostname,
    port: url.port || (url.protocol === "https:" ? 443 : 80),
    protocol: url.protocol.replace(":", ""),
    // A loopback fake answers at once: a dead one should fail fast rather than be retried.
    maxNetworkRetries: 0,
  })
}
