/** Entry point of the demo catalog seeded on first start. */
export { DEMO_PRODUCER_GROUPS } from "./groups"
export { DEMO_PRODUCTS } from "./products"

/** Bump when the catalog changes so the seeder knows an existing demo seed is stale. */
export const DEMO_SEED_VERSION = 1
