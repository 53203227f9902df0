import type { MetadataRoute } from "next"
import { allowedPaths, disallowedPaths } from "@/lib/seo/sitemap"
import { siteUrl } from "@/lib/site"

// The public URL comes from the server's environment at request time, not from the build.
export const dynamic = "force-dynamic"

/** /robots.txt: the shop is open to crawlers; portals, accounts, cart, checkout and APIs are not. */
export default function robots(): MetadataRoute.Robots {
  const base = siteUrl()
  return {
    rules: [{ userAgent: "*", allow: allowedPaths(), disallow: disallowedPaths() }],
    sitemap: new URL("/sitemap.xml", base).toString(),
  }
}
