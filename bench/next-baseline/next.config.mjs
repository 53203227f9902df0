import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** @type {import("next").NextConfig} */
export default {
  // Next and React come from the repository's node_modules (the storefront's versions).
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
}
