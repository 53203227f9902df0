/** XML answers of the sitemap routes; crawlers may keep them an hour. */
export function sitemapResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  })
}

/**
 * The catalog could not be read: a 503 asks crawlers to come back, where an empty sitemap would
 * tell them every page is gone.
 */
export function sitemapUnavailable(): Response {
  return new Response("The catalog is unavailable; try again later.\n", {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "600", "cache-control": "no-store" },
  })
}
