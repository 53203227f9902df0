#!/usr/bin/env node
// Benchmark of GET /store/catalog against the stock GET /store/products, in the same run.
//   npm run bench:catalog                 # 20,000 products, 100 requests per catalog case
//   npm run bench:catalog -- 100000 200   # size, requests per catalog case
// Seeds a synthetic catalog once into its own embedded PostgreSQL (.data/bench-catalog-<size>/,
// port BENCH_PG_PORT or 55473; reused by later runs of the same size), starts the backend from
// source with `medusa start` (NODE_ENV=production, admin off, port BENCH_PORT or 9473) twice —
// facet cache off, then on (see api/store/catalog/route.ts) — and
// prints p50/p95 of a single client doing N sequential requests per case.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startPersistentDatabase } from "../scripts/lib/embedded-postgres.mjs"
import { run, spawnService, waitForHttp } from "../scripts/lib/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = path.join(root, "backend")
const size = Number(process.argv[2] ?? 20000)
const requests = Number(process.argv[3] ?? 100)
const stockRequests = Math.max(10, Math.round(requests / 5)) // the stock endpoint is ~1 s a request
const pgPort = Number(process.env.BENCH_PG_PORT || 55473)
const port = Number(process.env.BENCH_PORT || 9473)
// Real products (through Medusa's workflows) up to BENCH_REAL_PRODUCTS; beyond, the read model
// grows with synthetic copies of their rows (bench/grow-catalog.ts explains why).
const realSize = Math.min(size, Number(process.env.BENCH_REAL_PRODUCTS || 20000))
const dataDir = path.join(root, ".data", `bench-catalog-${realSize}`)
const logDir = path.join(dataDir, "logs")
fs.mkdirSync(logDir, { recursive: true })
const say = (m) => console.log(`[bench] ${m}`)

const db = await startPersistentDatabase({ dataDir: path.join(dataDir, "pg"), port: pgPort, dbName: "otop_bench" })
let backend = null
const stop = async () => {
  if (backend) await backend.stop?.().catch(() => {})
  await db.stop().catch(() => {})
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stop().then(() => process.exit(130)))

try {
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DISABLE_MEDUSA_ADMIN: "true",
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    PORT: String(port),
    STORE_CORS: "http://localhost",
  }
  const marker = path.join(dataDir, "seeded.json")
  if (!fs.existsSync(marker)) {
    say(`migrating and seeding ${size.toLocaleString()} products (logs in ${logDir})…`)
    const t0 = Date.now()
    await run("npx", ["medusa", "db:migrate"], { cwd: backendDir, env, label: "migrate", logDir })
    await run("npx", ["medusa", "exec", "../bench/seed-catalog.ts", String(realSize)], { cwd: backendDir, env, label: "seed", logDir, show: /\[bench\]|\[catalog\]|error|ERR!/i })
    fs.writeFileSync(marker, JSON.stringify({ size: realSize, seconds: Math.round((Date.now() - t0) / 1000) }))
    say(`seeded in ${Math.round((Date.now() - t0) / 1000)} s`)
  } else {
    say(`reusing the catalog seeded in ${dataDir}; applying any new migrations…`)
    await run("npx", ["medusa", "db:migrate"], { cwd: backendDir, env, label: "migrate", logDir })
  }
  say(`read model: ${size.toLocaleString()} rows (${realSize.toLocaleString()} real products)…`)
  await run("npx", ["medusa", "exec", "../bench/grow-catalog.ts", String(size)], { cwd: backendDir, env, label: "grow", logDir, show: /\[bench\]|error|ERR!/i })

  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  const key = (await client.query("select token from api_key where type = 'publishable' and title = 'OTOP Storefront' and revoked_at is null and deleted_at is null limit 1")).rows[0]?.token
  const regionId = (await client.query("select id from region where deleted_at is null limit 1")).rows[0]?.id
  const counts = (await client.query("select (select count(*) from product where deleted_at is null)::int as products, (select count(*) from catalog_entry where deleted_at is null)::int as catalog")).rows[0]
  await client.end()
  say(`${counts.products} products, ${counts.catalog} catalog rows`)

  const headers = { "x-publishable-api-key": key }
  async function measure(url, n) {
    const get = async () => {
      const t = performance.now()
      const res = await fetch(`http://localhost:${port}${url}`, { headers })
      const body = await res.json()
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`)
      return [performance.now() - t, body]
    }
    let body
    for (let i = 0; i < 3; i++) [, body] = await get() // warm-up
    const times = []
    for (let i = 0; i < n; i++) times.push((await get())[0])
    times.sort((a, b) => a - b)
    const q = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]
    return { p50: q(50), p95: q(95), n, count: body.count, returned: (body.products ?? []).length }
  }

  const thai = encodeURIComponent("มัดหมี่")
  const THREE = "/store/catalog?limit=20&category=textile-apparel&min_stars=4&dye=NATURAL"
  const catalogCases = [
    ["/store/catalog (no filter, facets)", "/store/catalog?limit=20"],
    ["/store/catalog 3 filters + facets", THREE],
    ["/store/catalog 3 other filters + facets, sort=price_asc", "/store/catalog?limit=20&cert=tcps&region=northeast&in_stock=true&sort=price_asc"],
    ["/store/catalog q=มัดหมี่", `/store/catalog?limit=20&q=${thai}`],
    ["/store/catalog offset=10000, sort=newest", "/store/catalog?limit=20&offset=10000&sort=newest"],
  ]
  const stockCases = [
    ["stock /store/products?limit=20", `/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`],
    ["stock /store/products?q=มัดหมี่", `/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price&q=${thai}`],
  ]
  // Pass 1: every request computes count and facets (facet cache off). Pass 2: the route's
  // default few-second facet cache, i.e. repeated filter sets within its lifetime are hits.
  const passes = [
    { label: "facet cache off (CATALOG_FACET_CACHE_MS=0): every request runs both statements", env: { CATALOG_FACET_CACHE_MS: "0" }, stock: true },
    { label: "default facet cache (5 s per filter set and process): repeated requests are mostly hits", env: {}, stock: false },
  ]
  const ms = (x) => `${x.toFixed(1)} ms`
  const lines = [
    `catalog: ${counts.catalog.toLocaleString()} products in the read model (${counts.products.toLocaleString()} real Medusa products${counts.catalog > counts.products ? ", the rest synthetic copies of their rows" : ""}); ` +
      `stock endpoints see the ${counts.products.toLocaleString()} real ones; single client, sequential; Node ${process.version}`,
  ]
  for (const pass of passes) {
    backend = spawnService({ name: "backend", command: "npx", args: ["medusa", "start"], cwd: backendDir, env: { ...env, ...pass.env }, logDir })
    await waitForHttp(`http://localhost:${port}/health`, { timeoutMs: 300_000 })
    const results = []
    for (const [name, url] of catalogCases) {
      say(`${pass.env.CATALOG_FACET_CACHE_MS === "0" ? "[no cache] " : ""}${name}…`)
      results.push({ name, ...(await measure(url, requests)) })
    }
    if (pass.stock) {
      for (const [name, url] of stockCases) {
        say(`${name}…`)
        results.push({ name, ...(await measure(url, stockRequests)) })
      }
    }
    await backend.stop()
    backend = null
    const byName = Object.fromEntries(results.map((r) => [r.name, r]))
    lines.push(
      "",
      `### ${pass.label}`,
      "",
      "| case | requests | p50 | p95 | count | returned |",
      "|---|---:|---:|---:|---:|---:|",
      ...results.map((r) => `| ${r.name} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.count ?? "–"} | ${r.returned} |`),
      ""
    )
    if (pass.stock) {
      const ratio = (stock, ours) => `${(byName[stock].p50 / byName[ours].p50).toFixed(1)}× (p50)`
      lines.push(
        `stock list / catalog no filter: ${ratio("stock /store/products?limit=20", "/store/catalog (no filter, facets)")}; ` +
          `stock q= / catalog q=: ${ratio("stock /store/products?q=มัดหมี่", "/store/catalog q=มัดหมี่")}`
      )
    }
    const three = byName["/store/catalog 3 filters + facets"]
    lines.push(`target /store/catalog p95 ≤ 50 ms with three filters and facets: ${three.p95 <= 50 ? "met" : "NOT met"} (${ms(three.p95)})`)
  }
  console.log("\n" + lines.join("\n"))
  fs.writeFileSync(path.join(dataDir, `result-${size}-${new Date().toISOString().replace(/[:.]/g, "-")}.md`), lines.join("\n") + "\n")
} finally {
  await stop()
}
