#!/usr/bin/env node
// `npm test`: the whole suite, in order, with the time each stage took.
//   unit -> modules -> http (backend, real embedded PostgreSQL) -> storefront (Jest)
//   -> e2e (Playwright + Debian's Chromium against the real built stack, started by scripts/start.mjs)
// `npm test -- http e2e` runs only the named stages.
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { portInUse } from "./lib/embedded-postgres.mjs"
import { startFakeStripe } from "./lib/fake-stripe.mjs"
import { tailOf, waitForHttp } from "./lib/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), "otop-test-results-"))
const baseEnv = { LOG_LEVEL: "error", ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }

const jestStage = (name, workspace, script) => ({
  name,
  run: () => {
    const out = path.join(resultsDir, `${name}.json`)
    return exec("npm", ["run", script, "-w", workspace, "--", "--json", `--outputFile=${out}`], { env: baseEnv }).then((code) => ({
      code,
      ...jestCounts(out),
    }))
  },
})

const STAGES = [
  jestStage("unit", "@otop/backend", "test:unit"),
  jestStage("modules", "@otop/backend", "test:integration:modules"),
  // Two Jest workers (each app boot is mostly one core; HTTP_TEST_WORKERS=1 for one at a time):
  // every spec file has its own database (named after its worker) on the one embedded PostgreSQL.
  jestStage("http", "@otop/backend", "test:integration:http:parallel"),
  jestStage("storefront", "@otop/storefront", "test"),
  { name: "e2e", run: runE2E },
]

function exec(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...opts })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

function jestCounts(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"))
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean)
  for (const c of candidates) if (fs.existsSync(c)) return c
  try { return execFileSync("which", ["chromium"]).toString().trim() || null } catch { return null }
}

async function runE2E() {
  const chromium = findChromium()
  if (!chromium) {
    if (process.env.REQUIRE_E2E === "1") {
      console.error("[e2e] no Chromium found (CHROME_PATH, /usr/bin/chromium) and REQUIRE_E2E=1: failing")
      return { code: 1, passed: 0, failed: 1, skipped: 0 }
    }
    console.log("[e2e] skipped: no Chromium found (install Debian's chromium or set CHROME_PATH)")
    return { code: 0, passed: 0, failed: 0, skipped: 1, note: "skipped: no Chromium" }
  }
  const ports = {
    backend: Number(process.env.E2E_BACKEND_PORT || 9100),
    storefront: Number(process.env.E2E_STOREFRONT_PORT || 8100),
    pg: Number(process.env.E2E_PG_PORT || 55441),
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "otop-e2e-"))
  const logDir = path.join(dataDir, "logs")
  console.log(`[e2e] starting the built stack (npm start) on :${ports.backend}/:${ports.storefront}, logs in ${logDir}`)
  const env = {
    ...baseEnv,
    PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    EMBEDDED_PG_PORT: String(ports.pg),
    OTOP_DATA_DIR: dataDir,
    OTOP_LOG_DIR: logDir,
  }
  delete env.DATABASE_URL // the end-to-end run always gets its own fresh database
  // Stripe (cards and PromptPay) configured against the loopback fake Stripe, so the browser tests
  // can show a PromptPay QR and pay it (FAKE_STRIPE_URL's control endpoints send the signed
  // webhook); PAYMENT_TEST_MODE keeps the offline test payment in the region for the other
  // checkouts. E2E_FAKE_STRIPE=0 runs the stack without Stripe instead.
  let fakeStripe = null
  if (process.env.E2E_FAKE_STRIPE !== "0") {
    const webhookSecret = "whsec_otop_e2e_fake"
    fakeStripe = await startFakeStripe({
      port: Number(process.env.E2E_FAKE_STRIPE_PORT || 0),
      webhookUrl: `http://localhost:${ports.backend}/hooks/payment/stripe_stripe`,
      webhookSecret,
    })
    console.log(`[e2e] fake Stripe on ${fakeStripe.url}`)
    Object.assign(env, {
      STRIPE_API_KEY: "sk_test_otop_e2e_fake",
      STRIPE_API_BASE: fakeStripe.url,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_PUBLISHABLE_KEY: "pk_test_otop_e2e_fake",
      PAYMENT_TEST_MODE: "1",
    })
  }
  const stack = spawn("node", ["scripts/start.mjs"], { cwd: root, env, stdio: "inherit" })
  let stackExit = null
  stack.on("exit", (code) => { stackExit = code })
  const stopStack = async () => {
    if (stackExit === null) {
      stack.kill("SIGINT")
      await new Promise((r) => stack.once("exit", r))
    }
  }
  try {
    await waitUntil(() => stackExit !== null || fs.existsSync(path.join(dataDir, "stack.json")), 900_000)
    if (stackExit !== null) throw new Error(`npm start exited with ${stackExit}`)
    await waitForHttp(`http://localhost:${ports.storefront}/th`)
    const out = path.join(resultsDir, "e2e.json")
    // E2E_SPECS="e2e/staff.spec.ts e2e/x.spec.ts" runs only those files (while working on them).
    const specs = (process.env.E2E_SPECS || "").split(/\s+/).filter(Boolean)
    const code = await exec("npx", ["playwright", "test", ...specs], {
      cwd: path.join(root, "storefront"),
      env: {
        ...baseEnv,
        CHROME_PATH: chromium,
        STOREFRONT_URL: `http://localhost:${ports.storefront}`,
        BACKEND_URL: `http://localhost:${ports.backend}`,
        ...(fakeStripe ? { FAKE_STRIPE_URL: fakeStripe.url } : {}),
        PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      },
    })
    await stopStack()
    // Ctrl-C must leave nothing behind: the database and both servers are gone.
    const leftovers = []
    for (const [what, port] of Object.entries(ports)) if (await portInUse(port)) leftovers.push(`${what} :${port}`)
    if (leftovers.length) console.error(`[e2e] still listening after stop: ${leftovers.join(", ")}`)
    const counts = playwrightCounts(out)
    return { code: code || (leftovers.length ? 1 : 0), ...counts, failed: counts.failed + (leftovers.length ? 1 : 0) }
  } catch (err) {
    console.error(`[e2e] ${err.message}`)
    for (const f of fs.existsSync(logDir) ? fs.readdirSync(logDir) : []) {
      console.error(`--- ${f} (last lines) ---\n${tailOf(path.join(logDir, f), 30)}`)
    }
    await stopStack()
    return { code: 1, passed: 0, failed: 1, skipped: 0 }
  } finally {
    await fakeStripe?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

function playwrightCounts(file) {
  try {
    const s = JSON.parse(fs.readFileSync(file, "utf8")).stats
    return { passed: s.expected, failed: s.unexpected + (s.flaky ?? 0), skipped: s.skipped }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

async function waitUntil(predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"))
const stages = wanted.length ? STAGES.filter((s) => wanted.includes(s.name)) : STAGES
const summary = []
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`)
  const t = Date.now()
  const result = await stage.run()
  summary.push({ name: stage.name, seconds: (Date.now() - t) / 1000, ...result })
}
console.log("\n=== summary ===")
for (const s of summary) {
  console.log(
    `${s.code === 0 ? "ok  " : "FAIL"} ${s.name.padEnd(11)} ${s.seconds.toFixed(1).padStart(7)} s   ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped${s.note ? `  (${s.note})` : ""}`
  )
}
const total = summary.reduce((a, s) => ({ passed: a.passed + s.passed, failed: a.failed + s.failed, skipped: a.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 })
const failedStages = summary.filter((s) => s.code !== 0).length
console.log(`tests: ${total.passed} passed, ${total.failed + (failedStages && !total.failed ? failedStages : 0)} failed, ${total.skipped} skipped`)
fs.rmSync(resultsDir, { recursive: true, force: true })
process.exit(failedStages ? 1 : 0)
