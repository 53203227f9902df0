import { logStoreError } from "@/lib/medusa/errors"
import { planSitemapFiles, sitemapIndexXml } from "@/lib/seo/sitemap"
import { sitemapSummary } from "@/lib/seo/sitemap-data"
import { siteUrl } from "@/lib/site"
import { sitemapResponse, sitemapUnavailable } from "@/lib/seo/sitemap-response"

// Built per request from the (cached) catalog, with the public URL of the running server.
export const dynamic = "force-dynamic"

/** GET /sitemap.xml: the index of the listing, producer-group and product sitemaps. */
export async function GET(): Promise<Response> {
  try {
    const summary = await sitemapSummary()
    return sitemapResponse(sitemapIndexXml(siteUrl(), planSitemapFiles(summary)))
  } catch (error) {
    logStoreError("sitemap index", error)
    return sitemapUnavailable()
  }
}
