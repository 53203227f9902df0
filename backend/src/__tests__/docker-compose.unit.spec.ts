import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"

// No Docker engine runs on our machines, so the deployment file is checked statically:
// it parses, has every service with a health check, and its environment matches the code.
const root = path.resolve(__dirname, "../../..")
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"), { merge: true })
const services = compose.services as Record<string, any>

/** Environment variable names a set of source files reads (`env.X` / `process.env.X`). */
function envReadBy(files: string[]): Set<string> {
  const names = new Set<string>()
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8")
    for (const m of text.matchAll(/(?:process\.)?env\.([A-Z][A-Z0-9_]+)/g)) names.add(m[1])
  }
  return names
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return ["node_modules", "__tests__", ".next", "e2e"].includes(e.name) ? [] : sourceFiles(p)
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [p] : []
  })
}

const documented = (file: string) =>
  new Set([...fs.readFileSync(path.join(root, file), "utf8").matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]))

describe("docker-compose.yml", () => {
  it("describes the scaled-out deployment with official images and health checks", () => {
    expect(Object.keys(services).sort()).toEqual(["meilisearch", "migrate", "postgres", "redis", "server", "storefront", "worker"])
    expect(services.postgres.image).toMatch(/^postgres:/)
    expect(services.redis.image).toMatch(/^redis:/)
    expect(services.meilisearch.image).toMatch(/^getmeili\/meilisearch:/)
    for (const name of ["postgres", "redis", "meilisearch", "server", "worker", "storefront"]) {
      expect(services[name].healthcheck?.test).toBeDefined()
    }
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(["postgres-data", "redis-data", "meili-data", "uploads"]))
  })

  it("runs the backend twice from one image: an HTTP server and a background worker", () => {
    expect(services.server.image).toBe(services.worker.image)
    expect(services.migrate.image).toBe(services.server.image)
    expect(services.server.environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(services.worker.environment.MEDUSA_WORKER_MODE).toBe("worker")
    expect(services.server.depends_on.migrate.condition).toBe("service_completed_successfully")
  })

  it("gives the backend its Meilisearch, which the catalog search reads, and the store does not wait for it", () => {
    const read = envReadBy(sourceFiles(path.join(root, "backend/src/modules/catalog/search")))
    for (const name of ["MEILISEARCH_HOST", "MEILISEARCH_API_KEY"]) {
      expect(read).toContain(name)
      for (const service of ["migrate", "server", "worker"]) expect(Object.keys(services[service].environment)).toContain(name)
    }
    expect(services.server.environment.MEILISEARCH_HOST).toBe("http://meilisearch:7700")
    expect(services.server.environment.MEILISEARCH_API_KEY).toBe(services.meilisearch.environment.MEILI_MASTER_KEY)
    // The catalog falls back to PostgreSQL: a search server that is down must not keep the store down.
    for (const service of ["server", "worker"]) expect(services[service].depends_on.meilisearch.condition).toBe("service_started")
    // Each deployment rebuilds the index (settings and segmentation of the release), without failing on it.
    expect(services.migrate.command.join(" ")).toMatch(/reindex-search\.ts \|\|/)
  })

  it("never seeds demo data in production", () => {
    for (const name of ["migrate", "server", "worker"]) expect(services[name].environment.SEED_DEMO).toBe("false")
  })

  it("gives the backend every variable the Medusa config needs in production", () => {
    const read = envReadBy([path.join(root, "medusa-config.ts")])
    const production = ["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "COOKIE_SECRET", "MEDUSA_WORKER_MODE", "MEDUSA_BACKEND_URL", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"]
    for (const name of production) expect(read).toContain(name)
    for (const service of ["server", "worker"]) {
      for (const name of production) expect(Object.keys(services[service].environment)).toContain(name)
    }
  })

  it("sets no backend variable that the code does not read or the template does not document", () => {
    const known = new Set([
      ...envReadBy([path.join(root, "medusa-config.ts"), ...sourceFiles(path.join(root, "backend/src"))]),
      ...documented("backend/.env.template"),
      "NODE_ENV",
    ])
    for (const service of ["migrate", "server", "worker"]) {
      for (const name of Object.keys(services[service].environment)) expect(known).toContain(name)
    }
  })

  it("gives the storefront the variables it reads", () => {
    const read = envReadBy([...sourceFiles(path.join(root, "storefront/src")), path.join(root, "storefront/next.config.ts")])
    const env = Object.keys(services.storefront.environment)
    for (const name of ["MEDUSA_BACKEND_URL", "MEDUSA_PUBLISHABLE_KEY"]) {
      expect(read).toContain(name)
      expect(env).toContain(name)
    }
    const known = new Set([...read, ...documented("storefront/.env.template"), "NODE_ENV", "PORT", "NEXT_TELEMETRY_DISABLED"])
    for (const name of env) expect(known).toContain(name)
  })
})
