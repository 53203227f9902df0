#!/usr/bin/env node
// A loopback fake of the parts of Stripe's API our payments use, for tests and the e2e stack:
// Stripe's servers cannot be reached here, stripe-mock cannot be installed, and nock 14 / msw hang
// with stripe-node's HTTP client on Node 20. The real `stripe` SDK (the version
// @medusajs/payment-stripe uses) talks to it over HTTP, so the requests it builds are the real ones,
// and the webhooks it sends are signed with the real Stripe.webhooks.generateTestHeaderString.
//
// Run:   node scripts/lib/fake-stripe.mjs [--port 12111] [--webhook-url URL] [--webhook-secret whsec_…]
//        (prints "fake-stripe listening on http://127.0.0.1:PORT" once ready)
// or:    import { startFakeStripe } from "./fake-stripe.mjs"; const fake = await startFakeStripe({ port: 0 })
//
// Stripe API (Stripe-shaped JSON, errors as { error: { type, code, message, ... } }):
//   POST /v1/payment_intents                 create (confirm=true confirms at once)
//   GET  /v1/payment_intents/:id             retrieve
//   POST /v1/payment_intents/:id             update (amount, metadata, …)
//   POST /v1/payment_intents/:id/confirm     confirm: promptpay → requires_action with
//                                            next_action.promptpay_display_qr_code {data, image_url_svg,
//                                            image_url_png, hosted_instructions_url, expires_at};
//                                            card → requires_capture (manual) or succeeded (automatic);
//                                            decline test cards (pm_card_chargeDeclined, pm_card_visa_chargeDeclined,
//                                            4000000000000002) → 402 card_error card_declined
//   POST /v1/payment_intents/:id/cancel | /capture
//   POST /v1/refunds                         { payment_intent, amount } → succeeded refund
//   GET  /v1/refunds?payment_intent=pi_…     list
//   POST /v1/customers, GET|POST|DELETE /v1/customers/:id, GET /v1/payment_methods/:id
// Test control (not Stripe):
//   POST /__fake/config                      JSON { webhook_url?, webhook_secret? }
//   POST /__fake/payment_intents/:id/succeed the customer paid: status succeeded, amount_received set,
//                                            then a signed payment_intent.succeeded webhook is POSTed
//                                            (JSON { send_webhook: false } to skip it). Answers
//                                            { payment_intent, webhook: { status } | null }
//   POST /__fake/payment_intents/:id/expire  the QR expired unpaid: requires_payment_method with
//                                            last_payment_error.code payment_intent_payment_attempt_expired,
//                                            then a signed payment_intent.payment_failed webhook
//   POST /__fake/payment_intents/:id/fail    the bank refused: same, code payment_intent_payment_attempt_failed
//   POST /__fake/webhooks/resend/:event_id   POSTs an already sent event again (same body, fresh signature)
//   GET  /__fake/requests                    every Stripe API request received: { method, path, headers, form, body }
//   GET  /__fake/payment_intents | /__fake/refunds   the fake's state
//   POST /__fake/reset                       forgets all state and requests
//   GET  /__fake/qr/:id.svg | .png           the QR images that image_url_svg / image_url_png point at
import http from "node:http"
import crypto from "node:crypto"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
// The SDK @medusajs/payment-stripe depends on (nested under it; the root has a newer major).
const requireFromPaymentStripe = createRequire(createRequire(path.join(root, "package.json")).resolve("@medusajs/payment-stripe/package.json"))
const Stripe = requireFromPaymentStripe("stripe")

const DECLINED_PAYMENT_METHODS = new Set(["pm_card_chargeDeclined", "pm_card_visa_chargeDeclined"])
const DECLINED_CARD_NUMBERS = new Set(["4000000000000002"])
const QR_LIFETIME_SECONDS = 15 * 60

/** Stripe's form encoding (`a[b][0]=c`) back into objects and arrays. */
export function parseStripeForm(text) {
  const out = {}
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.split(/\[|\]\[|\]/).filter((p, i) => p !== "" || i === 0)
    let node = out
    parts.forEach((part, i) => {
      const last = i === parts.length - 1
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1])
      if (last) node[part] = value
      else node = node[part] ??= nextIsIndex ? [] : {}
    })
  }
  return out
}

const id = (prefix) => `${prefix}_${crypto.randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)
const int = (v) => (v === undefined || v === "" ? undefined : Number(v))

export async function startFakeStripe({ port = 0, host = "127.0.0.1", webhookUrl = null, webhookSecret = null } = {}) {
  const config = { webhookUrl, webhookSecret }
  let intents = new Map()
  let refunds = new Map()
  let customers = new Map()
  let events = new Map()
  let requests = []
  let idempotent = new Map()
  let baseUrl = ""

  const stripeError = (status, error) => ({ status, body: { error } })
  const missing = (kind, key) =>
    stripeError(404, { type: "invalid_request_error", code: "resource_missing", param: "id", message: `No such ${kind}: '${key}'` })

  function createIntent(form) {
    const pi = {
      id: id("pi"),
      object: "payment_intent",
      amount: int(form.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: form.currency,
      capture_method: form.capture_method || "automatic",
      client_secret: null,
      confirmation_method: "automatic",
      created: now(),
      customer: form.customer ?? null,
      description: form.description ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: form.metadata ?? {},
      next_action: null,
      payment_method: null,
      payment_method_types: form.payment_method_types ?? ["card"],
      payment_method_configuration_details: null,
      receipt_email: form.receipt_email ?? null,
      setup_future_usage: form.setup_future_usage ?? null,
      status: "requires_payment_method",
      canceled_at: null,
      cancellation_reason: null,
    }
    pi.client_secret = `${pi.id}_secret_${crypto.randomBytes(8).toString("hex")}`
    if (!Number.isInteger(pi.amount) || pi.amount < 1) {
      return stripeError(400, { type: "invalid_request_error", code: "parameter_invalid_integer", param: "amount", message: "Invalid integer: amount" })
    }
    intents.set(pi.id, pi)
    if (form.payment_method_data || form.payment_method) attachPaymentMethod(pi, form)
    if (form.confirm === "true") return confirmIntent(pi, {})
    return { status: 200, body: pi }
  }

  function attachPaymentMethod(pi, form) {
    if (form.payment_method_data) {
      const data = form.payment_method_data
      pi.payment_method = {
        id: id("pm"),
        object: "payment_method",
        type: data.type,
        billing_details: { email: data.billing_details?.email ?? null, name: data.billing_details?.name ?? null },
        card: data.type === "card" ? { last4: String(data.card?.number ?? "4242").slice(-4), brand: "visa", number: data.card?.number } : undefined,
        created: now(),
        livemode: false,
      }
    } else if (form.payment_method) {
      const type = String(form.payment_method).startsWith("pm_card") ? "card" : "promptpay"
      pi.payment_method = { id: form.payment_method, object: "payment_method", type, billing_details: {}, created: now(), livemode: false }
    }
    pi.status = "requires_confirmation"
  }

  function confirmIntent(pi, form) {
    if (["succeeded", "canceled", "requires_capture"].includes(pi.status)) {
      return stripeError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent's status is ${pi.status}, so it cannot be confirmed.`,
        payment_intent: pi,
      })
    }
    if (form.payment_method_data || form.payment_method) attachPaymentMethod(pi, form)
    if (form.receipt_email) pi.receipt_email = form.receipt_email
    if (!pi.payment_method) {
      return stripeError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: "You cannot confirm this PaymentIntent because it's missing a payment method.",
        payment_intent: pi,
      })
    }
    const method = pi.payment_method
    if (method.type === "promptpay") {
      if (!method.billing_details?.email) {
        return stripeError(400, {
          type: "invalid_request_error",
          code: "parameter_missing",
          param: "payment_method_data[billing_details][email]",
          message: "Missing required param: payment_method_data[billing_details][email].",
        })
      }
      pi.status = "requires_action"
      pi.last_payment_error = null
      pi.next_action = {
        type: "promptpay_display_qr_code",
        promptpay_display_qr_code: {
          data: `00020101021230570016A00000067701011201150107536000315080214${pi.id.slice(-12)}5303764540${String(pi.amount / 100).length}${pi.amount / 100}5802TH6304FAKE`,
          hosted_instructions_url: `${baseUrl}/__fake/qr/${pi.id}.html`,
          image_url_png: `${baseUrl}/__fake/qr/${pi.id}.png`,
          image_url_svg: `${baseUrl}/__fake/qr/${pi.id}.svg`,
          expires_at: now() + QR_LIFETIME_SECONDS,
        },
      }
      return { status: 200, body: pi }
    }
    if (DECLINED_PAYMENT_METHODS.has(method.id) || DECLINED_CARD_NUMBERS.has(String(method.card?.number ?? ""))) {
      pi.status = "requires_payment_method"
      pi.last_payment_error = {
        type: "card_error",
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
        payment_method: method,
      }
      pi.payment_method = null
      return stripeError(402, { ...pi.last_payment_error, charge: id("ch"), payment_intent: pi, request_log_url: null })
    }
    pi.next_action = null
    pi.last_payment_error = null
    if (pi.capture_method === "manual") {
      pi.status = "requires_capture"
      pi.amount_capturable = pi.amount
    } else {
      markSucceeded(pi)
    }
    pi.latest_charge = id("ch")
    return { status: 200, body: pi }
  }

  function markSucceeded(pi) {
    pi.status = "succeeded"
    pi.amount_received = pi.amount
    pi.amount_capturable = 0
    pi.next_action = null
    pi.last_payment_error = null
    pi.latest_charge ??= id("ch")
  }

  function markUnpaid(pi, code, message) {
    pi.status = "requires_payment_method"
    pi.next_action = null
    pi.last_payment_error = { type: "invalid_request_error", code, message, payment_method: pi.payment_method }
    pi.payment_method = null
  }

  async function sendEvent(type, object) {
    const event = {
      id: id("evt"),
      object: "event",
      api_version: "2024-04-10",
      created: now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }
    events.set(event.id, event)
    return deliver(event)
  }

  async function deliver(event) {
    if (!config.webhookUrl || !config.webhookSecret) return null
    const payload = JSON.stringify(event)
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: config.webhookSecret })
    const res = await fetch(config.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    }).catch((e) => ({ status: 0, error: String(e?.cause?.message ?? e) }))
    return { event_id: event.id, type: event.type, status: res.status, error: res.error }
  }

  function stripeRoute(method, url, form) {
    const parts = url.pathname.split("/").filter(Boolean) // ["v1", "payment_intents", id, action]
    const [, resource, key, action] = parts
    if (resource === "payment_intents") {
      if (!key && method === "POST") return createIntent(form)
      const pi = intents.get(key)
      if (!pi) return missing("payment_intent", key)
      if (!action && method === "GET") return { status: 200, body: pi }
      if (!action && method === "POST") {
        if (form.amount !== undefined) pi.amount = int(form.amount)
        if (form.metadata) pi.metadata = { ...pi.metadata, ...form.metadata }
        if (form.description !== undefined) pi.description = form.description
        if (form.receipt_email !== undefined) pi.receipt_email = form.receipt_email
        return { status: 200, body: pi }
      }
      if (action === "confirm" && method === "POST") return confirmIntent(pi, form)
      if (action === "cancel" && method === "POST") {
        if (pi.status === "succeeded" || pi.status === "canceled") {
          return stripeError(400, {
            type: "invalid_request_error",
            code: "payment_intent_unexpected_state",
            message: `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`,
            payment_intent: pi,
          })
        }
        pi.status = "canceled"
        pi.canceled_at = now()
        pi.cancellation_reason = form.cancellation_reason ?? "requested_by_customer"
        pi.next_action = null
        return { status: 200, body: pi }
      }
      if (action === "capture" && method === "POST") {
        if (pi.status !== "requires_capture") {
          return stripeError(400, {
            type: "invalid_request_error",
            code: "payment_intent_unexpected_state",
            message: `This PaymentIntent could not be captured because it has a status of ${pi.status}.`,
            payment_intent: pi,
          })
        }
        markSucceeded(pi)
        if (form.amount_to_capture !== undefined) pi.amount_received = int(form.amount_to_capture)
        return { status: 200, body: pi }
      }
    }
    if (resource === "refunds" && !key && method === "GET") {
      const data = [...refunds.values()].filter((r) => !form.payment_intent || r.payment_intent === form.payment_intent)
      return { status: 200, body: { object: "list", url: "/v1/refunds", has_more: false, data } }
    }
    if (resource === "refunds" && !key && method === "POST") {
      const pi = intents.get(form.payment_intent)
      if (!pi) return missing("payment_intent", form.payment_intent)
      if (pi.status !== "succeeded") {
        return stripeError(400, { type: "invalid_request_error", code: "charge_not_refundable", message: `PaymentIntent ${pi.id} has not succeeded.` })
      }
      const refunded = [...refunds.values()].filter((r) => r.payment_intent === pi.id).reduce((a, r) => a + r.amount, 0)
      const amount = form.amount !== undefined ? int(form.amount) : pi.amount_received - refunded
      if (refunded >= pi.amount_received) {
        return stripeError(400, { type: "invalid_request_error", code: "charge_already_refunded", message: `Charge ${pi.latest_charge} has already been refunded.` })
      }
      if (amount > pi.amount_received - refunded) {
        return stripeError(400, { type: "invalid_request_error", code: "amount_too_large", param: "amount", message: "Refund amount is greater than unrefunded amount on charge." })
      }
      const refund = {
        id: id("re"),
        object: "refund",
        amount,
        charge: pi.latest_charge,
        created: now(),
        currency: pi.currency,
        metadata: form.metadata ?? {},
        payment_intent: pi.id,
        reason: form.reason ?? null,
        status: "succeeded",
      }
      refunds.set(refund.id, refund)
      return { status: 200, body: refund }
    }
    if (resource === "customers") {
      if (!key && method === "POST") {
        const customer = { id: id("cus"), object: "customer", created: now(), livemode: false, metadata: {}, ...form }
        customers.set(customer.id, customer)
        return { status: 200, body: customer }
      }
      const customer = customers.get(key)
      if (!customer) return missing("customer", key)
      if (method === "GET") return { status: 200, body: customer }
      if (method === "POST") return { status: 200, body: Object.assign(customer, form) }
      if (method === "DELETE") {
        customers.delete(key)
        return { status: 200, body: { id: key, object: "customer", deleted: true } }
      }
    }
    if (resource === "payment_methods" && key && method === "GET") {
      const pi = [...intents.values()].find((p) => p.payment_method?.id === key)
      return pi ? { status: 200, body: pi.payment_method } : missing("payment_method", key)
    }
    return stripeError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${url.pathname}).` })
  }

  async function controlRoute(method, url, json) {
    const parts = url.pathname.split("/").filter(Boolean) // ["__fake", ...]
    if (method === "POST" && parts[1] === "config") {
      if (json.webhook_url !== undefined) config.webhookUrl = json.webhook_url
      if (json.webhook_secret !== undefined) config.webhookSecret = json.webhook_secret
      return { status: 200, body: { webhook_url: config.webhookUrl, webhook_secret_set: !!config.webhookSecret } }
    }
    if (method === "POST" && parts[1] === "reset") {
      intents = new Map(); refunds = new Map(); customers = new Map(); events = new Map(); requests = []; idempotent = new Map()
      return { status: 200, body: { ok: true } }
    }
    if (method === "GET" && parts[1] === "requests") return { status: 200, body: requests }
    if (method === "GET" && parts[1] === "payment_intents" && !parts[2]) return { status: 200, body: [...intents.values()] }
    if (method === "GET" && parts[1] === "refunds") return { status: 200, body: [...refunds.values()] }
    if (method === "POST" && parts[1] === "payment_intents" && parts[2] && parts[3]) {
      const pi = intents.get(parts[2])
      if (!pi) return missing("payment_intent", parts[2])
      const action = parts[3]
      if (action === "succeed") {
        if (pi.status !== "requires_action" && pi.status !== "succeeded") {
          return { status: 409, body: { error: { message: `cannot pay an intent in status ${pi.status}` } } }
        }
        markSucceeded(pi)
        const webhook = json.send_webhook === false ? null : await sendEvent("payment_intent.succeeded", pi)
        return { status: 200, body: { payment_intent: pi, webhook } }
      }
      if (action === "expire" || action === "fail") {
        if (pi.status !== "requires_action") return { status: 409, body: { error: { message: `no QR awaiting payment (status ${pi.status})` } } }
        if (action === "expire") markUnpaid(pi, "payment_intent_payment_attempt_expired", "The PromptPay QR code expired before it was paid.")
        else markUnpaid(pi, "payment_intent_payment_attempt_failed", "The customer's bank refused the PromptPay payment.")
        const webhook = json.send_webhook === false ? null : await sendEvent("payment_intent.payment_failed", pi)
        return { status: 200, body: { payment_intent: pi, webhook } }
      }
    }
    if (method === "POST" && parts[1] === "webhooks" && parts[2] === "resend" && parts[3]) {
      const event = events.get(parts[3])
      if (!event) return { status: 404, body: { error: { message: `no event ${parts[3]}` } } }
      return { status: 200, body: { webhook: await deliver(event) } }
    }
    if (method === "GET" && parts[1] === "qr" && parts[2]) {
      const [piId, ext] = parts[2].split(".")
      if (!intents.has(piId)) return { status: 404, body: { error: { message: "no such QR" } } }
      if (ext === "png") return { status: 200, raw: QR_PNG, type: "image/png" }
      if (ext === "svg") return { status: 200, raw: qrSvg(piId), type: "image/svg+xml" }
      return { status: 200, raw: `<!doctype html><title>PromptPay</title><img src="${piId}.svg" alt="PromptPay QR">`, type: "text/html" }
    }
    return { status: 404, body: { error: { message: `unknown control route ${method} ${url.pathname}` } } }
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8")
      const url = new URL(req.url, "http://fake")
      let result
      try {
        if (url.pathname.startsWith("/__fake/")) {
          result = await controlRoute(req.method, url, body ? JSON.parse(body) : {})
        } else {
          const form = req.method === "GET" ? parseStripeForm(url.search.slice(1)) : parseStripeForm(body)
          requests.push({ method: req.method, path: url.pathname, headers: req.headers, form, body })
          const auth = req.headers.authorization ?? ""
          const key = req.headers["idempotency-key"]
          if (!/^Bearer sk_(test|live)_/.test(auth)) {
            result = stripeError(401, { type: "invalid_request_error", message: "Invalid API Key provided." })
          } else if (key && req.method === "POST" && idempotent.has(`${url.pathname} ${key}`)) {
            result = idempotent.get(`${url.pathname} ${key}`) // Stripe replays the first answer for a repeated key
          } else {
            result = stripeRoute(req.method, url, form)
            // Later changes to the object must not alter a replayed answer.
            result = { ...result, body: structuredClone(result.body) }
            if (key && req.method === "POST") idempotent.set(`${url.pathname} ${key}`, result)
          }
        }
      } catch (e) {
        result = stripeError(500, { type: "api_error", message: `fake-stripe: ${e?.message ?? e}` })
      }
      if (result.raw !== undefined) {
        res.writeHead(result.status, { "content-type": result.type })
        res.end(result.raw)
        return
      }
      res.writeHead(result.status, { "content-type": "application/json", "request-id": id("req") })
      res.end(JSON.stringify(result.body))
    })
  })
  await new Promise((resolve) => server.listen(port, host, resolve))
  baseUrl = `http://${host}:${server.address().port}`
  return {
    url: baseUrl,
    port: server.address().port,
    configure: ({ webhookUrl: u, webhookSecret: s }) => {
      if (u !== undefined) config.webhookUrl = u
      if (s !== undefined) config.webhookSecret = s
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()) }),
  }
}

/** A stand-in QR picture (the storefront draws the real one from `data`). */
function qrSvg(piId) {
  const cells = crypto.createHash("sha256").update(piId).digest()
  let rects = ""
  for (let i = 0; i < 21 * 21; i++) {
    if ((cells[i % 32] >> (i % 8)) & 1) rects += `<rect x="${i % 21}" y="${Math.floor(i / 21)}" width="1" height="1"/>`
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 25 25" width="250" height="250"><rect x="-2" y="-2" width="25" height="25" fill="#fff"/><g fill="#000">${rects}</g></svg>`
}
// 1×1 black PNG.
const QR_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==", "base64")

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  const fake = await startFakeStripe({
    port: Number(arg("port") ?? process.env.FAKE_STRIPE_PORT ?? 12111),
    webhookUrl: arg("webhook-url") ?? process.env.FAKE_STRIPE_WEBHOOK_URL ?? null,
    webhookSecret: arg("webhook-secret") ?? process.env.STRIPE_WEBHOOK_SECRET ?? null,
  })
  console.log(`fake-stripe listening on ${fake.url}`)
  const stop = () => fake.close().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}
