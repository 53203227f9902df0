import http from "node:http"
import type { AddressInfo } from "node:net"
import {
  CATALOG_WIDE_TAGS,
  createRevalidationQueue,
  MAX_TAGS_PER_REQUEST,
  postRevalidation,
  REVALIDATE_SECRET_HEADER,
  revalidationConfigFromEnv,
  revalidationTags,
} from "../storefront-revalidation"

type Received = { method: string; url: string; secret: string | undefined; body: any }

/** A loopback HTTP listener standing in for the storefront's /api/revalidate (real sockets). */
async function listen(status = 200) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      received.push({ method: req.method!, url: req.url!, secret: req.headers[REVALIDATE_SECRET_HEADER] as string | undefined, body: raw ? JSON.parse(raw) : null })
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status === 200 }))
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) }
}

const quietLogger = () => {
  const warnings: string[] = []
  return { warnings, warn: (m: string) => void warnings.push(m) }
}

describe("revalidationTags", () => {
  it("lists the catalog-wide tags, then one per product and group, without duplicates or junk", () => {
    expect(revalidationTags({ productHandles: ["silk-scarf", "silk-scarf", null, "bad handle"], groupHandles: ["ban-na", undefined] })).toEqual([
      ...CATALOG_WIDE_TAGS,
      "product:silk-scarf",
      "producer-group:ban-na",
    ])
  })

  it("falls back to the catalog-wide tags for a bulk change", () => {
    const many = Array.from({ length: MAX_TAGS_PER_REQUEST + 1 }, (_, i) => `p-${i}`)
    expect(revalidationTags({ productHandles: many })).toEqual([...CATALOG_WIDE_TAGS])
  })
})

describe("revalidationConfigFromEnv", () => {
  it("needs both the storefront URL and the secret", () => {
    expect(revalidationConfigFromEnv({ STOREFRONT_URL: "http://localhost:8000" })).toBeNull()
    expect(revalidationConfigFromEnv({ REVALIDATE_SECRET: "s" })).toBeNull()
    expect(revalidationConfigFromEnv({ STOREFRONT_URL: "not a url", REVALIDATE_SECRET: "s" })).toBeNull()
    expect(revalidationConfigFromEnv({ STOREFRONT_URL: "http://localhost:8000/", REVALIDATE_SECRET: "s" })).toEqual({
      url: "http://localhost:8000/api/revalidate",
      secret: "s",
    })
  })
})

describe("postRevalidation over HTTP", () => {
  it("POSTs the tags as JSON with the secret header", async () => {
    const storefront = await listen()
    try {
      const ok = await postRevalidation(["products", "product:a"], { url: `${storefront.url}/api/revalidate`, secret: "top" }, quietLogger())
      expect(ok).toBe(true)
      expect(storefront.received).toEqual([{ method: "POST", url: "/api/revalidate", secret: "top", body: { tags: ["products", "product:a"] } }])
    } finally {
      await storefront.close()
    }
  })

  it("logs a refusal or an unreachable storefront and never throws", async () => {
    const refusing = await listen(401)
    const logger = quietLogger()
    try {
      expect(await postRevalidation(["products"], { url: `${refusing.url}/api/revalidate`, secret: "wrong" }, logger)).toBe(false)
    } finally {
      await refusing.close()
    }
    // The same port, now closed: connection refused.
    expect(await postRevalidation(["products"], { url: `${refusing.url}/api/revalidate`, secret: "x", timeoutMs: 2000 }, logger)).toBe(false)
    expect(logger.warnings).toHaveLength(2)
    expect(logger.warnings[0]).toMatch(/HTTP 401/)
  })
})

describe("createRevalidationQueue", () => {
  it("sends a burst of changes as one request", async () => {
    const storefront = await listen()
    try {
      const queue = createRevalidationQueue({
        config: () => ({ url: `${storefront.url}/api/revalidate`, secret: "s" }),
        logger: quietLogger(),
        delayMs: 50,
      })
      queue.add(["products", "product:a"])
      queue.add(["products", "product:b"])
      await new Promise((r) => setTimeout(r, 200))
      await queue.drain()
      expect(storefront.received.map((r) => r.body.tags)).toEqual([["products", "product:a", "product:b"]])
    } finally {
      await storefront.close()
    }
  })

  it("does nothing without a configured storefront", async () => {
    const queue = createRevalidationQueue({ config: () => null, logger: quietLogger() })
    queue.add(["products"])
    expect(await queue.drain()).toBe(true)
  })
})
