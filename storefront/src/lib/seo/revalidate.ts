import { timingSafeEqual } from "node:crypto"

/** Header carrying the secret shared with the backend (REVALIDATE_SECRET on both sides). */
export const REVALIDATE_SECRET_HEADER = "x-revalidate-secret"

/** Next ignores tags longer than 256 characters; a request names at most this many. */
export const MAX_TAG_LENGTH = 256
export const MAX_TAGS = 500

/** Whether the request's secret equals the configured one (constant time; never with none configured). */
export function secretMatches(given: string | null, configured: string | undefined): boolean {
  if (!configured || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(configured)
  return a.length === b.length && timingSafeEqual(a, b)
}

export type ParsedTags = { ok: true; tags: string[] } | { ok: false; error: string }

/** `{ "tags": ["products", "product:silk-scarf"] }` → the distinct tags, or why the body is refused. */
export function parseRevalidateBody(body: unknown): ParsedTags {
  if (!body || typeof body !== "object" || !("tags" in body)) return { ok: false, error: 'expected a JSON object { "tags": [...] }' }
  const { tags } = body as { tags: unknown }
  if (!Array.isArray(tags) || tags.length === 0) return { ok: false, error: "tags must be a non-empty array of strings" }
  if (tags.length > MAX_TAGS) return { ok: false, error: `at most ${MAX_TAGS} tags per request` }
  for (const [index, tag] of tags.entries()) {
    if (typeof tag !== "string" || tag.length === 0 || tag.length > MAX_TAG_LENGTH || /\s/.test(tag)) {
      return { ok: false, error: `tags[${index}] must be a string of 1–${MAX_TAG_LENGTH} characters without spaces` }
    }
  }
  return { ok: true, tags: [...new Set(tags as string[])] }
}
