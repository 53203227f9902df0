import { logStoreError } from "@/lib/medusa/errors"
import {
  GROUPS_PER_FILE,
  listingPaths,
  localizedEntries,
  parseSitemapFileName,
  producerPath,
  PRODUCTS_PER_FILE,
  productPath,
  urlsetXml,
} from "@/lib/seo/sitemap"
import { groupHandlesOfFile, productHandlesOfFile, sitemapSummary } from "@/lib/seo/sitemap-data"
import { sitemapResponse, sitemapUnavailable } from "@/lib/seo/sitemap-response"
import { siteUrl } from "@/lib/site"

export const dynamic = "force-dynamic"

const notFound = () => new Response("No such sitemap.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } })

/** GET /sitemap/pages.xml, /sitemap/producers-N.xml, /sitemap/products-N.xml (named by /sitemap.xml). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = parseSitemapFileName((await params).file)
  if (!file) return notFound()
  const base = siteUrl()
  try {
    const summary = await sitemapSummary()
    if (file.kind === "pages") {
      const paths = listingPaths(summary)
      return sitemapResponse(urlsetXml(paths.flatMap((path) => localizedEntries(base, path, { changefreq: "daily", priority: path === "/" ? 1 : 0.8 }))))
    }
    const [perFile, total] = file.kind === "products" ? [PRODUCTS_PER_FILE, summary.products] : [GROUPS_PER_FILE, summary.groups]
    // The first file always exists (an empty shop still has a valid, empty sitemap).
    if (file.page > 1 && (file.page - 1) * perFile >= total) return notFound()
    const handles = file.kind === "products" ? await productHandlesOfFile(file.page, total) : await groupHandlesOfFile(file.page, total)
    const toPath = file.kind === "products" ? productPath : producerPath
    return sitemapResponse(urlsetXml(handles.flatMap((handle) => localizedEntries(base, toPath(handle), { changefreq: "weekly", priority: file.kind === "products" ? 0.7 : 0.6 }))))
  } catch (error) {
    logStoreError(`sitemap ${file.kind}`, error)
    return sitemapUnavailable()
  }
}
