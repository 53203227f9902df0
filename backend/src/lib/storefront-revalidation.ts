/**
 * Tells the storefront which of its cached catalog data went stale (POST /api/revalidate with the
 * shared secret). The storefront caches Store API answers with tags (storefront/src/lib/medusa/
 * client.ts): `products` covers every catalog read, `product:<handle>` and `producer-group:<handle>`
 * one product or group. Revalidation is best effort: a failure is logged and never undoes a write
 * (the cached data then expires on its own within a minute).
 *
 * Pure helpers only here (no container, no links), so unit tests can run them over real HTTP.
 */

/** Tags every catalog change invalidates: listings, search, home, sitemap. */
export const CATALOG_WIDE_TAGS = ["products", "producer-groups"] as const

/** Above this many tags one change is a bulk refresh: the catalog-wide tags alone cover it. */
export const MAX_TAGS_PER_REQUEST = 200

export type RevalidationTarget = {
  productHandles?: (string | null | undefined)[]
  groupHandles?: (string | null | undefined)[]
}

/** The tags a change of these products (and their groups) makes stale, catalog-wide ones first. */
export function revalidationTags({ productHandles = [], groupHandles = [] }: RevalidationTarget): string[] {
  const specific = [
    ...productHandles.filter(isHandle).map((h) => `product:${h}`),
    ...groupHandles.filter(isHandle).map((h) => `producer-group:${h}`),
  ]
  const tags = [...new Set([...CATALOG_WIDE_TAGS, ...specific])]
  return tags.length > MAX_TAGS_PER_REQUEST ? [...CATALOG_WIDE_TAGS] : tags
}

function isHandle(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9-]{0,199}$/i.test(value)
}

export type RevalidationConfig = { url: string; secret: string; timeoutMs?: number }

/**
 * Where to post, from the environment at call time: STOREFRONT_URL (where this process reaches the
 * storefront) and REVALIDATE_SECRET. Null when either is missing: no storefront to tell.
 */
export function revalidationConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RevalidationConfig | null {
  const base = env.STOREFRONT_URL?.trim()
  const secret = env.REVALIDATE_SECRET?.trim()
  if (!base || !secret) return null
  try {
    return { url: new URL("/api/revalidate", base).toString(), secret }
  } catch {
    return null
  }
}

/** The header the storefront's route reads the secret from. */
export const REVALIDATE_SECRET_HEADER = "x-revalidate-secret"

type Logger = { warn: (msg: string) => void; debug?: (msg: string) => void }

/** POSTs the tags; resolves to whether the storefront accepted them (never throws). */
export async function postRevalidation(tags: string[], config: RevalidationConfig, logger: Logger): Promise<boolean> {
  if (!tags.length) return true
  try {
    const res = await fetch(config.url, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: config.secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(config.timeoutMs ?? 5000),
    })
    if (!res.ok) {
      logger.warn(`storefront revalidation of ${tags.length} tag(s) refused: HTTP ${res.status} ${(await res.text().catch(() => "")).slice(0, 200)}`)
      return false
    }
    logger.debug?.(`storefront revalidated ${tags.join(", ")}`)
    return true
  } catch (error) {
    logger.warn(`storefront revalidation of ${tags.length} tag(s) failed: ${(error as Error)?.message ?? error}`)
    return false
  }
}

/**
 * Collects tags for a short while and posts them once: a grade import or a full catalog rebuild
 * refreshes products batch after batch, and one request is enough for all of them.
 */
export function createRevalidationQueue(options: {
  config: () => RevalidationConfig | null
  logger: Logger
  delayMs?: number
}) {
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | null = null
  let flushing: Promise<boolean> = Promise.resolve(true)

  const flush = async (): Promise<boolean> => {
    timer = null
    const tags = [...pending]
    pending = new Set()
    const config = options.config()
    if (!config || !tags.length) return true
    const limited = tags.length > MAX_TAGS_PER_REQUEST ? [...CATALOG_WIDE_TAGS] : tags
    return postRevalidation(limited, config, options.logger)
  }

  return {
    /** Adds tags to the next request (does nothing when no storefront is configured). */
    add(tags: string[]) {
      if (!options.config()) return
      tags.forEach((t) => pending.add(t))
      if (!timer) {
        timer = setTimeout(() => {
          flushing = flush()
        }, options.delayMs ?? 250)
        timer.unref?.()
      }
    },
    /** Posts what is pending now and waits for it (tests, shutdown). */
    async drain(): Promise<boolean> {
      if (timer) {
        clearTimeout(timer)
        flushing = flush()
      }
      return flushing
    },
  }
}
