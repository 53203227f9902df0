#!/usr/bin/env node
// `npm start`: the whole marketplace on one machine with nothing installed but Node.
//   embedded PostgreSQL (unless DATABASE_URL) -> migrations -> seed (first start only)
//   -> production builds (when sources changed) -> backend :9000 + storefront :8000.
// `npm run dev` (--dev): the same with `medusa develop` and `next dev` (reload on change).
// Ctrl-C stops everything, PostgreSQL included.
import { createHash, randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { portInUse, startPersistentDatabase } from "./lib/embedded-postgres.mjs"
import { newestMtime, run, spawnService, waitForHttp } from "./lib/processes.mjs"
import regionPayments from "./lib/region-payment-providers.cjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = path.join(root, "backend")
const storefrontDir = path.join(root, "storefront")
try { process.loadEnvFile(path.join(backendDir, ".env")) } catch {} // real environment variables win

const dev = process.argv.includes("--dev")
const env = process.env
const BACKEND_PORT = Number(env.PORT || env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(env.STOREFRONT_PORT || 8000)
const DATA_DIR = path.resolve(root, env.OTOP_DATA_DIR || ".data")
// Set-up steps (migrate, seed, builds) log to files here and show only progress and errors;
// the servers' own output goes to the terminal, or to files too when OTOP_LOG_DIR is set (tests).
const SETUP_LOG_DIR = path.resolve(env.OTOP_LOG_DIR || path.join(DATA_DIR, "logs"))
const LOG_DIR = env.OTOP_LOG_DIR ? path.resolve(env.OTOP_LOG_DIR) : null
const t0 = Date.now()
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`
const say = (msg) => console.log(`[otop] ${msg}`)

const children = []
let db = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await Promise.all(children.map((c) => c.stop()))
  if (db) await db.stop().catch(() => {})
  say("stopped")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function main() {
  // 1. Ports first: a clear message beats a crash halfway through.
  for (const [port, what, variable] of [
    [BACKEND_PORT, "backend", "PORT"],
    [STOREFRONT_PORT, "storefront", "STOREFRONT_PORT"],
  ]) {
    if (await portInUse(port)) {
      console.error(`[otop] Port ${port} (${what}) is already in use. Stop what is running there, or set ${variable} to another port.`)
      process.exit(1)
    }
  }

  // 2. Database.
  let databaseUrl = env.DATABASE_URL
  if (!databaseUrl) {
    db = await startPersistentDatabase({
      dataDir: path.join(DATA_DIR, "pg"),
      port: Number(env.EMBEDDED_PG_PORT || 55439),
      dbName: env.EMBEDDED_PG_DB || "otop",
    })
    databaseUrl = db.url
    say(`embedded PostgreSQL ${db.fresh ? "created" : "started"} on port ${db.port} in ${db.ms} ms (${path.relative(root, DATA_DIR) || "."}/pg)`)
  } else {
    say("using DATABASE_URL")
  }
  const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
  const serviceEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: env.LOG_LEVEL || (dev ? "http" : "info"), // request logs only in development
    STORE_CORS: env.STORE_CORS || `http://localhost:${STOREFRONT_PORT}`,
    AUTH_CORS: env.AUTH_CORS || `http://localhost:${STOREFRONT_PORT},http://localhost:${BACKEND_PORT}`,
    ADMIN_CORS: env.ADMIN_CORS || `http://localhost:${BACKEND_PORT},http://localhost:5173`,
  }

  // 3. Migrations (skipped when this code already migrated this database), then the seed on an empty store.
  const stampFile = path.join(DATA_DIR, "migrated.json")
  const fingerprint = migrationFingerprint(databaseUrl)
  const stamp = (() => { try { return JSON.parse(fs.readFileSync(stampFile, "utf8")) } catch { return null } })()
  if (stamp?.fingerprint === fingerprint && !db?.fresh && !process.argv.includes("--migrate")) {
    say("database schema is up to date")
  } else {
    say("migrating the database…")
    await run("npx", ["medusa", "db:migrate"], { cwd: backendDir, env: serviceEnv, label: "migrate", logDir: SETUP_LOG_DIR })
    fs.mkdirSync(DATA_DIR, { recursive: true })
    fs.writeFileSync(stampFile, JSON.stringify({ fingerprint, at: new Date().toISOString() }))
  }
  const seedDemo = env.SEED_DEMO !== "false"
  const seeded = await readSeedMarker(databaseUrl)
  if (!seeded?.store) {
    say(`seeding the Thai store${seedDemo ? " and the demo catalog" : ""} (first start only)…`)
    await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: serviceEnv, label: "seed", logDir: SETUP_LOG_DIR })
  } else {
    say("store already seeded")
    // A Stripe key added or removed (or PAYMENT_TEST_MODE changed) since the seed: the region
    // must offer exactly the configured payments.
    const current = await readRegionPaymentProviders(databaseUrl)
    const wanted = regionPayments.regionPaymentProviderIds(env)
    if (current.length !== wanted.length || wanted.some((id) => !current.includes(id))) {
      say(`payment providers: ${current.join(", ") || "none"} -> ${wanted.join(", ")}…`)
      await run("npx", ["medusa", "exec", "./src/scripts/sync-payment-providers.ts"], { cwd: backendDir, env: serviceEnv, label: "sync-payment-providers", logDir: SETUP_LOG_DIR })
    }
  }
  const publishableKey = await readPublishableKey(databaseUrl)
  if (!publishableKey) throw new Error("no publishable API key 'OTOP Storefront' found after seeding")

  // 4. Production builds, only when the sources are newer than the last build.
  if (!dev) {
    await buildIfStale({
      name: "backend",
      stamp: path.join(backendDir, ".medusa/server/medusa-config.js"),
      sources: [path.join(backendDir, "src"), path.join(root, "medusa-config.ts"), path.join(backendDir, "package.json")],
      command: ["npm", ["run", "build"]],
      cwd: backendDir,
      env: serviceEnv,
      hint: "about 1–2 minutes the first time",
    })
    await buildIfStale({
      name: "storefront",
      stamp: path.join(storefrontDir, ".next/BUILD_ID"),
      sources: [path.join(storefrontDir, "src"), path.join(storefrontDir, "messages"), path.join(storefrontDir, "next.config.ts"), path.join(storefrontDir, "package.json")],
      command: ["npm", ["run", "build"]],
      cwd: storefrontDir,
      env: { ...serviceEnv, NODE_ENV: "production" },
      hint: "about 30 seconds",
    })
    // Medusa serves <cwd>/static; uploads are kept in backend/static, outside the build output.
    const builtStatic = path.join(backendDir, ".medusa/server/static")
    fs.mkdirSync(path.join(backendDir, "static"), { recursive: true })
    if (!fs.existsSync(builtStatic)) fs.symlinkSync(path.join(backendDir, "static"), builtStatic, "dir")
  }

  // 5. Services. The backend tells the storefront which cached catalog data went stale
  // (POST /api/revalidate); both get the same secret, a fresh one per start unless set.
  const revalidateSecret = env.REVALIDATE_SECRET || randomBytes(24).toString("hex")
  const storefrontUrl = env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`
  say(`starting the backend on :${BACKEND_PORT} and the storefront on :${STOREFRONT_PORT}…`)
  const backend = spawnService({
    name: "backend",
    command: "npx",
    args: dev ? ["medusa", "develop"] : ["medusa", "start"],
    cwd: dev ? backendDir : path.join(backendDir, ".medusa/server"),
    env: { ...serviceEnv, NODE_ENV: dev ? "development" : "production", STOREFRONT_URL: storefrontUrl, REVALIDATE_SECRET: revalidateSecret },
    logDir: LOG_DIR,
    onExit: (code) => { if (!stopping) { console.error(`[otop] the backend exited (${code})`); shutdown(1) } },
  })
  children.push(backend)
  const storefront = spawnService({
    name: "storefront",
    command: "npx",
    args: ["next", dev ? "dev" : "start", "-p", String(STOREFRONT_PORT)],
    cwd: storefrontDir,
    env: {
      ...serviceEnv,
      NODE_ENV: dev ? "development" : "production",
      PORT: String(STOREFRONT_PORT),
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      REVALIDATE_SECRET: revalidateSecret,
      // Canonical links, the sitemap and robots.txt name this URL (a deployment sets its domain).
      STOREFRONT_PUBLIC_URL: env.STOREFRONT_PUBLIC_URL || env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`,
      NEXT_IMAGES_ALLOW_LOCAL_IP: "1", // product images come from the backend on localhost
    },
    logDir: LOG_DIR,
    onExit: (code) => { if (!stopping) { console.error(`[otop] the storefront exited (${code})`); shutdown(1) } },
  })
  children.push(storefront)

  await waitForHttp(`http://localhost:${BACKEND_PORT}/health`, { timeoutMs: 180_000 })
  await waitForHttp(`http://localhost:${STOREFRONT_PORT}/th`, { timeoutMs: 180_000 })

  const stack = {
    backend_url: backendUrl,
    storefront_url: `http://localhost:${STOREFRONT_PORT}`,
    admin_url: `${backendUrl}/app`,
    publishable_key: publishableKey,
    pid: process.pid,
  }
  fs.mkdirSync(DATA_DIR, { recursive: true })
  fs.writeFileSync(path.join(DATA_DIR, "stack.json"), JSON.stringify(stack, null, 2))
  console.log(`
  OTOP Marketplace is running (ready in ${since()})
    Storefront      ${stack.storefront_url}/th   (English: ${stack.storefront_url}/en)
    Store API       ${backendUrl}/store/...
    Medusa admin    ${stack.admin_url}${seedDemo ? DEMO_LOGINS : ""}
    Database        ${db ? `embedded PostgreSQL on port ${db.port}` : "DATABASE_URL"}
  Press Ctrl-C to stop everything.
`)
  say("ready")
}

const DEMO_LOGINS = `
  Demo logins (password otop-demo-2567 for all)
    Operator (Medusa admin)        admin@demo.otop.local
    Producer (owner of a group)    producer@demo.otop.local      API /producer/..., /auth/producer/emailpass
    CDD staff, Chiang Mai (50)     staff.chiangmai@demo.otop.local  API /staff/..., /auth/cdd_staff/emailpass`

async function withPg(databaseUrl, fn) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try { return await fn(client) } finally { await client.end() }
}

/** What the seed recorded in the store's metadata (null on an empty database). */
function readSeedMarker(databaseUrl) {
  return withPg(databaseUrl, async (c) => {
    const { rows } = await c.query("select to_regclass('public.store') is not null as ok")
    if (!rows[0].ok) return null
    const res = await c.query("select metadata->'otop_seed' as seed from store where deleted_at is null limit 1")
    return res.rows[0]?.seed ?? null
  })
}

/** The Thai (THB) region's payment providers. */
function readRegionPaymentProviders(databaseUrl) {
  return withPg(databaseUrl, async (c) => {
    const { rows } = await c.query(
      `select rpp.payment_provider_id as id from region_payment_provider rpp join region r on r.id = rpp.region_id
       where r.currency_code = 'thb' and r.deleted_at is null and rpp.deleted_at is null`
    )
    return rows.map((r) => r.id)
  })
}

function readPublishableKey(databaseUrl) {
  return withPg(databaseUrl, async (c) => {
    const { rows } = await c.query(
      "select token from api_key where type = 'publishable' and title = 'OTOP Storefront' and revoked_at is null and deleted_at is null order by created_at limit 1"
    )
    return rows[0]?.token ?? null
  })
}

/**
 * What decides the schema: the installed packages (Medusa's own migrations), our modules'
 * migrations and our links, for this database. Equal fingerprints mean nothing to migrate.
 */
function migrationFingerprint(databaseUrl) {
  const hash = createHash("sha256").update(databaseUrl)
  hash.update(fs.readFileSync(path.join(root, "package-lock.json")))
  const files = []
  const modulesDir = path.join(backendDir, "src/modules")
  for (const mod of fs.readdirSync(modulesDir)) {
    const dir = path.join(modulesDir, mod, "migrations")
    if (fs.existsSync(dir)) files.push(...fs.readdirSync(dir).map((f) => path.join(dir, f)))
  }
  const linksDir = path.join(backendDir, "src/links")
  if (fs.existsSync(linksDir)) files.push(...fs.readdirSync(linksDir).map((f) => path.join(linksDir, f)))
  for (const f of files.sort()) hash.update(f).update(fs.readFileSync(f))
  return hash.digest("hex")
}

async function buildIfStale({ name, stamp, sources, command, cwd, env, hint }) {
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0
  if (built && newestMtime(sources) <= built) return say(`${name} build is up to date`)
  say(`building the ${name} (${hint})…`)
  const t = Date.now()
  await run(command[0], command[1], { cwd, env, label: `build-${name}`, logDir: SETUP_LOG_DIR })
  say(`${name} built in ${((Date.now() - t) / 1000).toFixed(0)} s`)
}

main().catch(async (err) => {
  console.error(`[otop] ${err?.message ?? err}`)
  await shutdown(1)
})
