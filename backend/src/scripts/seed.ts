import type { ExecArgs } from "@medusajs/framework/types"
import { runSeed } from "../seed"

/** `npm run seed` (medusa exec): the Thai store set-up, then the demo catalog unless SEED_DEMO=false. */
export default async function seed({ container }: ExecArgs) {
  await runSeed(container, { demo: process.env.SEED_DEMO !== "false" })
}
