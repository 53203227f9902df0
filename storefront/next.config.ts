import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import path from "node:path"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

type RemotePattern = NonNullable<NonNullable<NextConfig["images"]>["remotePatterns"]>[number]

/** Product images come from the Medusa backend (file-local: http://localhost:9000/static/…). */
function backendImagePattern(): RemotePattern[] {
  try {
    const url = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")
    return [{ protocol: url.protocol.replace(":", "") as "http" | "https", hostname: url.hostname }]
  } catch {
    return []
  }
}

const nextConfig: NextConfig = {
  // npm workspaces hoist most packages to the repository root.
  turbopack: { root: path.join(__dirname, "..") },
  outputFileTracingRoot: path.join(__dirname, ".."),
  poweredByHeader: false,
  experimental: {
    // The producer portal's product form sends one photo (≤ 5 MB, the backend's limit) to a server action.
    serverActions: { bodySizeLimit: "6mb" },
    // Not inlineCss: Next repeats the inlined stylesheet in the page's RSC payload, so the HTML
    // grew by more than the 10 KB stylesheet it saved (product page 21 -> 50 KB compressed).
  },
  images: {
    formats: ["image/avif", "image/webp"],
    // A pattern without `port` matches any port.
    remotePatterns: [
      { protocol: "http", hostname: "localhost" },
      { protocol: "http", hostname: "127.0.0.1" },
      ...backendImagePattern(),
    ],
    // Next 16 refuses to optimise images whose host resolves to a private IP, which is exactly
    // where a local Medusa serves its uploads. Read when `next start` loads this file, so set
    // NEXT_IMAGES_ALLOW_LOCAL_IP=1 at start time; production serves images from a public host.
    dangerouslyAllowLocalIP:
      process.env.NEXT_IMAGES_ALLOW_LOCAL_IP === "1" || process.env.NODE_ENV !== "production",
  },
}

export default withNextIntl(nextConfig)
