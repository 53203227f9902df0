const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// TEST_TYPE picks the suite: unit (pure functions, no database), integration:modules
// (one module against a real PostgreSQL), integration:http (the whole app over HTTP).
const suites = {
  unit: ["/src/(.*/)?__tests__/.*\\.unit\\.spec\\.[jt]s$"],
  "integration:modules": ["/src/modules/[^/]+/__tests__/(?!.*\\.unit\\.spec).*\\.spec\\.[jt]s$"],
  "integration:http": ["/integration-tests/http/.*\\.spec\\.[jt]s$"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testRegex: suites[process.env.TEST_TYPE] ?? Object.values(suites).flat(),
  // Starts a throw-away embedded PostgreSQL unless DB_HOST points at one.
  globalSetup: "<rootDir>/integration-tests/global-setup.js",
  globalTeardown: "<rootDir>/integration-tests/global-teardown.js",
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  setupFilesAfterEnv: ["<rootDir>/integration-tests/setup-after-env.js"],
}
