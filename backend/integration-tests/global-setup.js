const path = require("path")

// A throw-away PostgreSQL for the test run, unless DB_HOST says to use an existing one.
// Unit tests need no database: TEST_TYPE=unit skips it.
module.exports = async () => {
  if (process.env.DB_HOST || process.env.TEST_TYPE === "unit") return
  const { startTestDatabase } = await import(path.join(__dirname, "../../scripts/lib/embedded-postgres.mjs"))
  const db = await startTestDatabase({ port: Number(process.env.EMBEDDED_PG_TEST_PORT || 55440) })
  // "localhost" matters: @medusajs/test-utils forces SSL for database URLs without it.
  Object.assign(process.env, { DB_HOST: "localhost", DB_PORT: String(db.port), DB_USERNAME: db.user, DB_PASSWORD: db.password })
  globalThis.__EMBEDDED_PG__ = db
}
