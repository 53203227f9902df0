import { revalidateTag } from "next/cache"
import { parseRevalidateBody, REVALIDATE_SECRET_HEADER, secretMatches } from "@/lib/seo/revalidate"

/**
 * POST /api/revalidate: the backend (subscribers/storefront-revalidate.ts) names the cache tags a
 * catalog change made stale, e.g. { "tags": ["products", "product:silk-scarf"] }. Protected by
 * REVALIDATE_SECRET in the x-revalidate-secret header. The tagged data expires at once (the next
 * visitor waits for fresh prices and stock rather than seeing the old ones).
 */
export async function POST(request: Request): Promise<Response> {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER), process.env.REVALIDATE_SECRET)) {
    return Response.json(
      { error: process.env.REVALIDATE_SECRET ? "missing or wrong revalidation secret" : "revalidation is not configured (REVALIDATE_SECRET)" },
      { status: 401 },
    )
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ error: "the body must be JSON" }, { status: 400 })
  }
  const parsed = parseRevalidateBody(body)
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 })
  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: parsed.tags, now: Date.now() })
}
