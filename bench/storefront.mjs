#!/usr/bin/env node
// Lighthouse benchmark of the storefront, as a shopper's browser sees the production stack.
//   npm run bench:storefront                 # mobile + desktop, median of 3 runs per page
//   npm run bench:storefront -- --runs 5     # more runs
//   npm run bench:storefront -- --form mobile   # one form factor
//   npm run bench:storefront -- --url http://localhost:8000 --backend http://localhost:9000 --key pk_…
//                                            # an already running stack
// Builds and starts the whole marketplace with the demo data through scripts/start.mjs (like the
// browser tests), on its own ports (BENCH_BACKEND_PORT 9300, BENCH_STOREFRONT_PORT 8300,
// BENCH_PG_PORT 55450) and a temporary data folder (BENCH_DATA_DIR keeps one between runs), then
// runs Lighthouse 13 with Debian's Chromium (installed with apt-get when missing and allowed) on
// the home page, a category listing, a product page and a producer page, in Thai.
// Prints performance, accessibility, SEO, best practices, LCP, TBT and CLS per page and form
// factor (each the median of the runs), the audits that cost points, and whether the targets are
// met: mobile performance >= 95, accessibility >= 95, mobile LCP < 2.5 s.
// The baseline: bench/next-baseline, a bare Next.js page built with the storefront's own Next and
// React, is measured in the same run (first in each form factor), and every page is also given as
// the difference to it. Lighthouse's mobile score depends on the machine's CPU (its 4x slowdown is
// applied to whatever this machine does): the baseline says what the framework alone scores here,
// so a figure can be read as "ours" or "the machine's". --no-baseline skips it.
// --no-paint-holding runs Chromium with its PaintHolding feature off. A diagnosis, not the figures
// to quote: in most runs here headless Chromium holds the page's first paint for about a second
// after it is ready (Lighthouse's observed FCP 1.3 or 2.3 s against about 0.3 s without it), and
// Lighthouse's simulated LCP then counts all the JavaScript that ran meanwhile.
// Exits 1 when Lighthouse or the stack fails; with --strict also when a target is missed or a
// page does not exist yet (it is reported as missing otherwise).
import { execFileSync, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { portInUse } from "../scripts/lib/embedded-postgres.mjs"
import { waitForHttp } from "../scripts/lib/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const say = (m) => console.log(`[bench] ${m}`)
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const RUNS = Math.max(1, Number(option("runs", 3)))
const EXTERNAL_URL = option("url", null)
const STRICT = args.includes("--strict")
const BASELINE = !args.includes("--no-baseline")
const PAINT_HOLDING = !args.includes("--no-paint-holding")
// --form mobile (or desktop): one form factor only, e.g. while working on phone performance.
const FORMS = ["mobile", "desktop"].filter((f) => !option("form", null) || option("form", null) === f)
const TARGETS = { mobilePerformance: 95, accessibility: 95, mobileLcpMs: 2500 }
const ports = {
  backend: Number(process.env.BENCH_BACKEND_PORT || 9300),
  storefront: Number(process.env.BENCH_STOREFRONT_PORT || 8300),
  pg: Number(process.env.BENCH_PG_PORT || 55450),
  baseline: Number(process.env.BENCH_BASELINE_PORT || 8302),
}
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]

/** Debian's Chromium (or CHROME_PATH); installed with apt-get when missing and we are root. */
function findOrInstallChromium() {
  const find = () => {
    for (const c of [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean)) if (fs.existsSync(c)) return c
    try { return execFileSync("which", ["chromium"]).toString().trim() || null } catch { return null }
  }
  const found = find()
  if (found) return found
  if (process.getuid?.() !== 0 || !fs.existsSync("/usr/bin/apt-get")) {
    throw new Error("no Chromium found: install Debian's chromium (apt-get install chromium) or set CHROME_PATH")
  }
  say("Chromium is missing: apt-get install chromium…")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const cmd of [["apt-get", ["update"]], ["apt-get", ["install", "-y", "--no-install-recommends", "chromium"]]]) {
    const r = spawnSync(cmd[0], cmd[1], { stdio: "inherit", env })
    if (r.status !== 0) throw new Error(`${cmd[0]} ${cmd[1].join(" ")} failed`)
  }
  const installed = find()
  if (!installed) throw new Error("chromium was installed but not found on PATH")
  return installed
}

/** Starts `npm start` (scripts/start.mjs) on the bench ports; resolves once stack.json is written. */
async function startStack() {
  for (const [what, port] of Object.entries(ports)) {
    if (await portInUse(port)) throw new Error(`port ${port} (${what}) is in use: stop what runs there or set BENCH_${what.toUpperCase()}_PORT`)
  }
  const keep = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null
  const dataDir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "otop-bench-"))
  fs.mkdirSync(dataDir, { recursive: true })
  fs.rmSync(path.join(dataDir, "stack.json"), { force: true })
  const logDir = path.join(dataDir, "logs")
  say(`starting the production stack with the demo data (npm start) on :${ports.backend}/:${ports.storefront}, logs in ${logDir}`)
  const env = {
    ...process.env,
    PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    EMBEDDED_PG_PORT: String(ports.pg),
    OTOP_DATA_DIR: dataDir,
    OTOP_LOG_DIR: logDir,
    LOG_LEVEL: "error",
  }
  delete env.DATABASE_URL // always its own embedded database with the demo data
  const child = spawn("node", ["scripts/start.mjs"], { cwd: root, env, stdio: "inherit" })
  let exitCode = null
  child.on("exit", (code) => { exitCode = code })
  const stop = async () => {
    if (exitCode === null) {
      child.kill("SIGINT")
      await new Promise((r) => child.once("exit", r))
    }
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 20 * 60_000
  while (!fs.existsSync(path.join(dataDir, "stack.json"))) {
    if (exitCode !== null) throw new Error(`npm start exited with ${exitCode}`)
    if (Date.now() > deadline) { await stop(); throw new Error("the stack did not start within 20 minutes") }
    await new Promise((r) => setTimeout(r, 500))
  }
  const stack = JSON.parse(fs.readFileSync(path.join(dataDir, "stack.json"), "utf8"))
  return { storefront: stack.storefront_url, backend: stack.backend_url, publishableKey: stack.publishable_key, stop }
}

/**
 * Builds bench/next-baseline (a bare App Router page; about a minute) and serves it with
 * `next start` on its own port. Resolves to its URL and a stop function.
 */
async function startBaseline() {
  const dir = path.join(root, "bench/next-baseline")
  if (await portInUse(ports.baseline)) throw new Error(`port ${ports.baseline} (baseline) is in use: set BENCH_BASELINE_PORT`)
  say("building the bare Next.js baseline page (bench/next-baseline)…")
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }
  const build = spawnSync("npx", ["next", "build", dir], { cwd: root, env, encoding: "utf8" })
  if (build.status !== 0) throw new Error(`the baseline build failed: ${(build.stderr || build.stdout || "").split("\n").slice(-8).join(" ")}`)
  const child = spawn("npx", ["next", "start", dir, "-p", String(ports.baseline)], { cwd: root, env, stdio: "ignore", detached: true })
  const url = `http://localhost:${ports.baseline}`
  const stop = async () => { try { process.kill(-child.pid, "SIGTERM") } catch { /* already gone */ } }
  try {
    await waitForHttp(`${url}/`, { timeoutMs: 60_000 })
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}

/** A Store API read (the catalog, to choose the pages). */
async function storeGet(backend, key, pathAndQuery) {
  const res = await fetch(`${backend}${pathAndQuery}`, { headers: { "x-publishable-api-key": key } })
  if (!res.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${res.status}`)
  return res.json()
}

/** The four pages: home, the first category with products, the best-rated product, a producer group. */
async function choosePages(stack) {
  const pages = [{ name: "home", path: "/th" }]
  try {
    const { products, facets } = await storeGet(stack.backend, stack.publishableKey, "/store/catalog?limit=1&sort=rating&locale=th")
    const category = facets?.category?.[0]?.value
    pages.push(category ? { name: "category", path: `/th/categories/${category}` } : { name: "category", missing: "no category with products" })
    pages.push(products[0] ? { name: "product", path: `/th/products/${products[0].handle}` } : { name: "product", missing: "no product" })
    const group = products[0]?.producer_group?.handle
    pages.push(group ? { name: "producer", path: `/th/producers/${group}` } : { name: "producer", missing: "no producer group" })
  } catch (error) {
    throw new Error(`could not read the catalog to choose pages: ${error.message}`)
  }
  // Warm up (first server render, image optimisation) and drop pages that do not exist yet.
  for (const page of pages) {
    if (page.missing) continue
    const res = await fetch(`${stack.storefront}${page.path}`).catch((e) => ({ ok: false, status: e.message }))
    if (res.status === 404) page.missing = "the page answers 404 (not built yet)"
    else if (!res.ok) page.missing = `the page answers ${res.status}`
    else await fetch(`${stack.storefront}${page.path}`).catch(() => {})
  }
  return pages
}

function lighthouse(url, preset, chromePath, outFile) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "otop-lh-profile-"))
  const cli = path.join(root, "node_modules/lighthouse/cli/index.js")
  const lhArgs = [
    cli, url, "--quiet", "--output=json", `--output-path=${outFile}`,
    "--only-categories=performance,accessibility,seo,best-practices",
    `--chrome-flags=${[...CHROME_FLAGS, ...(PAINT_HOLDING ? [] : ["--disable-features=PaintHolding"]), `--user-data-dir=${profile}`].join(" ")}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ]
  const r = spawnSync("node", lhArgs, { env: { ...process.env, CHROME_PATH: chromePath }, encoding: "utf8", timeout: 180_000 })
  fs.rmSync(profile, { recursive: true, force: true })
  if (r.status !== 0 || !fs.existsSync(outFile)) throw new Error(`lighthouse failed (${r.status}): ${(r.stderr || "").split("\n").slice(-5).join(" ")}`)
  const report = JSON.parse(fs.readFileSync(outFile, "utf8"))
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`)
  const score = (id) => (report.categories[id]?.score == null ? null : Math.round(report.categories[id].score * 100))
  const metric = (id) => report.audits[id]?.numericValue ?? null
  // Audits that cost points (score below 0.9), for the notes under the table.
  const failing = []
  for (const [category, { auditRefs }] of Object.entries(report.categories)) {
    for (const ref of auditRefs) {
      const audit = report.audits[ref.id]
      if (ref.weight > 0 && audit?.score !== null && audit?.score < 0.9) failing.push(`${category}: ${audit.id} (${audit.displayValue || audit.title})`)
    }
  }
  // Lighthouse 13 names the LCP element in its LCP breakdown insight.
  const lcpNode = (report.audits["lcp-breakdown-insight"]?.details?.items ?? []).find((i) => i.type === "node")
  const lcpElement = lcpNode ? `${lcpNode.snippet.slice(0, 80)} "${(lcpNode.nodeLabel ?? "").slice(0, 40)}"` : null
  return {
    performance: score("performance"), accessibility: score("accessibility"), seo: score("seo"), bestPractices: score("best-practices"),
    lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"), cls: metric("cumulative-layout-shift"), fcp: metric("first-contentful-paint"),
    failing, lcpElement, benchmarkIndex: report.environment?.benchmarkIndex ?? null,
  }
}

const median = (values) => {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b)
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null
}

function summarise(runs) {
  const keys = ["performance", "accessibility", "seo", "bestPractices", "lcp", "tbt", "cls", "fcp", "benchmarkIndex"]
  const result = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]))
  // Notes from the run whose performance is the median one.
  const byPerf = [...runs].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0))
  const mid = byPerf[Math.floor((byPerf.length - 1) / 2)]
  return { ...result, runs: runs.map((r) => r.performance), failing: mid.failing, lcpElement: mid.lcpElement }
}

/** "+3" / "−12": a page's figure against the baseline's in the same form factor. */
const signed = (n, digits = 0) => (n > 0 ? "+" : n < 0 ? "−" : "±") + Math.abs(n).toFixed(digits)

function printTable(rows) {
  const header = ["page", "form", "perf", "vs base", "a11y", "seo", "best-pr", "LCP", "vs base", "TBT", "vs base", "CLS", "FCP", "perf runs", "CPU index"]
  const base = (r) => rows.find((b) => b.page === "next-baseline" && b.form === r.form && !b.missing)
  const against = (r, key, fmt) => {
    const b = base(r)
    return b && r.page !== "next-baseline" ? fmt(r[key] - b[key]) : ""
  }
  const fmt = (r) => r.missing
    ? [r.page, r.form, "—", "", "—", "—", "—", "—", "", "—", "", "—", "—", `missing: ${r.missing}`, ""]
    : [
        r.page, r.form, r.performance, against(r, "performance", (d) => signed(d)), r.accessibility, r.seo, r.bestPractices,
        `${(r.lcp / 1000).toFixed(2)} s`, against(r, "lcp", (d) => `${signed(d / 1000, 2)} s`),
        `${Math.round(r.tbt)} ms`, against(r, "tbt", (d) => `${signed(d)} ms`),
        r.cls.toFixed(3), `${(r.fcp / 1000).toFixed(2)} s`, r.runs.join(" "), Math.round(r.benchmarkIndex ?? 0),
      ]
  const lines = [header, ...rows.map(fmt)].map((cols) => cols.map(String))
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)))
  const out = lines.map((l) => `| ${l.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`)
  out.splice(1, 0, `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`)
  console.log(out.join("\n"))
}

async function main() {
  const chromium = findOrInstallChromium()
  if (!PAINT_HOLDING) say("PaintHolding is off (--no-paint-holding): a diagnosis, not the figures to quote")
  say(`Chromium: ${chromium}; Lighthouse ${JSON.parse(fs.readFileSync(path.join(root, "node_modules/lighthouse/package.json"), "utf8")).version}; ${RUNS} run(s) per page and form factor`)
  let stack
  if (EXTERNAL_URL) {
    const backend = option("backend", "http://localhost:9000")
    const key = option("key", process.env.MEDUSA_PUBLISHABLE_KEY)
    if (!key) throw new Error("--url needs --key <publishable key> (or MEDUSA_PUBLISHABLE_KEY) and --backend <url>")
    stack = { storefront: EXTERNAL_URL.replace(/\/$/, ""), backend, publishableKey: key, stop: async () => {} }
  } else {
    stack = await startStack()
  }
  let baseline = null
  if (BASELINE) {
    try {
      baseline = await startBaseline()
    } catch (error) {
      await stack.stop()
      throw error
    }
  }
  const stopAll = () => Promise.all([stack.stop(), baseline?.stop()])
  const stopOnSignal = () => stopAll().finally(() => process.exit(130))
  process.once("SIGINT", stopOnSignal)
  process.once("SIGTERM", stopOnSignal)
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "otop-lighthouse-"))
  const rows = []
  try {
    await waitForHttp(`${stack.storefront}/th`, { timeoutMs: 120_000 })
    const pages = await choosePages(stack)
    if (baseline) pages.unshift({ name: "next-baseline", url: `${baseline.url}/`, path: "/ (bare Next.js)" })
    for (const page of pages) say(page.missing ? `${page.name}: missing (${page.missing})` : `${page.name}: ${page.path}`)
    for (const form of FORMS) {
      for (const page of pages) {
        if (page.missing) { rows.push({ page: page.name, form, missing: page.missing }); continue }
        const runs = []
        for (let i = 1; i <= RUNS; i++) {
          const file = path.join(outDir, `${page.name}-${form}-${i}.json`)
          const r = lighthouse(page.url ?? `${stack.storefront}${page.path}`, form, chromium, file)
          say(`${form} ${page.name} run ${i}: perf ${r.performance}, a11y ${r.accessibility}, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}`)
          runs.push(r)
        }
        rows.push({ page: page.name, form, path: page.path, ...summarise(runs) })
      }
    }
  } finally {
    await stopAll()
  }

  console.log(`\nLighthouse ${new Date().toISOString()}, median of ${RUNS} (reports in ${outDir}); load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`)
  console.log("CPU index = Lighthouse's benchmarkIndex (higher is a faster machine; an idle 2-core VM here gave about 2700): TBT and mobile performance fall with it.\n")
  printTable(rows)
  const misses = []
  for (const r of rows.filter((x) => !x.missing && x.page !== "next-baseline")) {
    if (r.form === "mobile" && r.performance < TARGETS.mobilePerformance) misses.push(`${r.page} mobile performance ${r.performance} < ${TARGETS.mobilePerformance}`)
    if (r.accessibility < TARGETS.accessibility) misses.push(`${r.page} ${r.form} accessibility ${r.accessibility} < ${TARGETS.accessibility}`)
    if (r.form === "mobile" && r.lcp >= TARGETS.mobileLcpMs) misses.push(`${r.page} mobile LCP ${(r.lcp / 1000).toFixed(2)} s >= 2.5 s`)
  }
  console.log("\nWhat costs points (median run):")
  for (const r of rows.filter((x) => !x.missing)) {
    console.log(`  ${r.page} ${r.form} (${r.path}): LCP element ${r.lcpElement ?? "?"}`)
    for (const f of r.failing) console.log(`    - ${f}`)
  }
  const missing = rows.filter((r) => r.missing)
  const floor = rows.find((r) => r.page === "next-baseline" && r.form === "mobile" && !r.missing)
  if (floor) {
    console.log(`\nThe bare Next.js page scores ${floor.performance} on mobile here (LCP ${(floor.lcp / 1000).toFixed(2)} s, TBT ${Math.round(floor.tbt)} ms): ` +
      (floor.performance < TARGETS.mobilePerformance
        ? `below the ${TARGETS.mobilePerformance} target before any page of ours, so on this machine the mobile target is out of reach for any App Router page; read the "vs base" columns.`
        : "the target is within the framework's reach on this machine."))
  }
  console.log(misses.length ? `\nTargets missed:\n  ${misses.join("\n  ")}` : "\nTargets met: mobile performance >= 95, accessibility >= 95, mobile LCP < 2.5 s on every measured page.")
  if (missing.length) console.log(`Not measured: ${[...new Set(missing.map((r) => `${r.page} (${r.missing})`))].join(", ")}`)
  fs.writeFileSync(path.join(outDir, "summary.json"), JSON.stringify(rows, null, 2))
  process.exitCode = STRICT && (misses.length || missing.length) ? 1 : 0
}

main().catch((error) => {
  console.error(`[bench] ${error.message}`)
  process.exit(1)
})
