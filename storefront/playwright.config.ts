import { defineConfig, devices } from "@playwright/test"

// No webServer block: the test orchestrator starts the real stack (backend + storefront)
// and passes the storefront's URL in STOREFRONT_URL.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export default defineConfig({
  testDir: "./e2e",
  testMatch: /.*\.spec\.ts$/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  // The test orchestrator sets PLAYWRIGHT_JSON_OUTPUT_NAME to collect counts; the json reporter writes there.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "phone",
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        launchOptions: { executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS },
      },
    },
  ],
})
