#!/usr/bin/env node
// Runs a command with a database: DATABASE_URL when set, otherwise the embedded PostgreSQL of
// `npm start` (started for the command, stopped after it). Example: npm run seed
//   node scripts/with-db.mjs npm run db:generate -w @otop/backend -- producer
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { PASSWORD, USER, portInUse, startPersistentDatabase } from "./lib/embedded-postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
try { process.loadEnvFile(path.join(root, "backend/.env")) } catch {}
const [cmd, ...args] = process.argv.slice(2)
if (!cmd) {
  console.error("usage: node scripts/with-db.mjs <command> [args…]")
  process.exit(2)
}

let db = null
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  const port = Number(process.env.EMBEDDED_PG_PORT || 55439)
  const dbName = process.env.EMBEDDED_PG_DB || "otop"
  if (await portInUse(port)) {
    // `npm start` is running: share its embedded PostgreSQL.
    console.log(`[with-db] using the embedded PostgreSQL already running on port ${port}`)
    databaseUrl = `postgres://${USER}:${PASSWORD}@localhost:${port}/${dbName}`
  } else {
    db = await startPersistentDatabase({ dataDir: path.resolve(root, process.env.OTOP_DATA_DIR || ".data", "pg"), port, dbName })
    databaseUrl = db.url
  }
}
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: databaseUrl }
const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit", detached: true })
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { try { process.kill(-child.pid, sig) } catch {} })
const code = await new Promise((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 1 : 0))))
if (db) await db.stop()
process.exit(code)
