import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

// The Medusa CLI runs with cwd = backend/ (or backend/.medusa/server in production),
// so .env files are read from there. Real environment variables always win.
loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
// Medusa checks some translation links against the environment flag, not only the config's
// featureFlags below, so both must say the same (Thai base content, English translations).
env.MEDUSA_FF_TRANSLATION ||= "true"
const REDIS_URL = env.REDIS_URL
const BACKEND_URL = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`
// Uploaded files (and the generated demo images) are kept in backend/static, outside the build
// output that `medusa build` wipes. Medusa serves <cwd>/static at /static, so the production
// start links backend/.medusa/server/static to it (scripts/start.mjs).
const BACKEND_DIR = __dirname.includes(`${path.sep}.medusa${path.sep}`)
  ? path.resolve(__dirname, "../..") // compiled into backend/.medusa/server
  : path.resolve(__dirname, "backend") // the repository root
const UPLOAD_DIR = env.MEDUSA_UPLOAD_DIR || path.join(BACKEND_DIR, "static")
// Registration and certification documents (ID cards, house registrations) are never served
// statically: only staff routes stream them (file-local's default puts private files in static/).
const PRIVATE_UPLOAD_DIR = env.MEDUSA_PRIVATE_UPLOAD_DIR || path.join(BACKEND_DIR, "private-uploads")

// Production infrastructure (docker-compose): Redis for events, workflows, locks and cache.
// Without REDIS_URL Medusa's in-process defaults are used, so the demo runs with nothing installed.
const redisModules = REDIS_URL
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: REDIS_URL } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: REDIS_URL } } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: REDIS_URL } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: REDIS_URL } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: REDIS_URL } },
          ],
        },
      },
    ]
  : []

// Stripe cards (pp_stripe_stripe) and PromptPay (pp_stripe-promptpay_stripe) only when a key is
// configured: our thin wrapper of @medusajs/payment-stripe (src/modules/stripe-payments), which can
// point the SDK at STRIPE_API_BASE (the loopback fake Stripe in tests). Option names are the
// camelCase ones the provider's code reads. Cards are authorised at confirm and captured when the
// order is placed (capture: false), so a card is never charged for an order that was not created;
// PromptPay cannot be authorised, it is captured when paid. One Stripe webhook endpoint,
// /hooks/payment/stripe_stripe, with STRIPE_WEBHOOK_SECRET, serves both.
// Which of them the Thai region offers: regionPaymentProviderIds (seed and every npm start).
const paymentProviders = env.STRIPE_API_KEY
  ? [
      {
        resolve: "./src/modules/stripe-payments",
        id: "stripe",
        options: {
          apiKey: env.STRIPE_API_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          apiBase: env.STRIPE_API_BASE || undefined,
          capture: false,
          paymentDescription: "OTOP Marketplace",
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: REDIS_URL,
    // "shared": API + background work; "server": HTTP only; "worker": subscribers, jobs, workflows.
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: env.STORE_CORS || "http://localhost:8000",
      adminCors: env.ADMIN_CORS || "http://localhost:5173,http://localhost:9000",
      authCors: env.AUTH_CORS || "http://localhost:5173,http://localhost:9000,http://localhost:8000",
      jwtSecret: env.JWT_SECRET || "otop-dev-jwt-secret",
      cookieSecret: env.COOKIE_SECRET || "otop-dev-cookie-secret",
      // Producers and CDD staff are actor types of their own, signing in with email and password.
      authMethodsPerActor: { user: ["emailpass"], customer: ["emailpass"], producer: ["emailpass"], cdd_staff: ["emailpass"] },
    },
    // Medusa marks the session cookie Secure whenever NODE_ENV=production, and express-session then
    // never sets it over plain HTTP: the admin at http://localhost:9000/app (npm start) could not
    // sign in. "auto" makes it Secure exactly when the request came over HTTPS (or a proxy says so).
    cookieOptions: { secure: "auto" as unknown as boolean },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    // Only when the dashboard is served from another origin than the API.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: {
    translation: true, // Thai base content, English translations (the module is registered below too)
    caching: !!REDIS_URL, // the Caching module is behind a flag in 2.21
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/thai-geo" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/cdd-staff" },
    { resolve: "./src/modules/certification" },
    { resolve: "./src/modules/otop-grade" },
    { resolve: "./src/modules/product-attributes" },
    { resolve: "./src/modules/review" },
    { resolve: "./src/modules/catalog" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: UPLOAD_DIR, private_upload_dir: PRIVATE_UPLOAD_DIR, backend_url: `${BACKEND_URL}/static` },
          },
        ],
      },
    },
    {
      // Producers and staff are told about registrations and decisions. The local provider logs
      // the message; a real email provider replaces it in production.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }],
      },
    },
    ...(paymentProviders.length
      ? [{ resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } }]
      : []),
    ...redisModules,
  ],
})

