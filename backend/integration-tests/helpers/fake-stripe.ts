import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"

/**
 * The loopback fake Stripe (scripts/lib/fake-stripe.mjs, the same one the e2e stack uses), run
 * as a child process: the real stripe SDK in the app talks to it over HTTP, and its control
 * endpoints play the customer (pay or let a QR expire) and send webhooks signed with the real
 * Stripe.webhooks.generateTestHeaderString.
 */
export type FakeStripe = {
  url: string
  configure: (config: { webhook_url?: string; webhook_secret?: string }) => Promise<void>
  requests: () => Promise<{ method: string; path: string; headers: Record<string, string>; form: any; body: string }[]>
  intents: () => Promise<any[]>
  refunds: () => Promise<any[]>
  control: (pathname: string, body?: unknown) => Promise<any>
  reset: () => Promise<void>
  stop: () => Promise<void>
}

export const FAKE_STRIPE_SECRET_KEY = "sk_test_otop_fake_0000000000"
export const FAKE_WEBHOOK_SECRET = "whsec_otop_fake_test_secret"

export async function startFakeStripe(): Promise<FakeStripe> {
  const script = path.resolve(__dirname, "../../../scripts/lib/fake-stripe.mjs")
  const child: ChildProcess = spawn(process.execPath, [script, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ""
    child.stdout!.on("data", (chunk) => {
      out += chunk
      const m = out.match(/listening on (http:\/\/\S+)/)
      if (m) resolve(m[1])
    })
    child.once("exit", (code) => reject(new Error(`fake-stripe exited (${code}) before listening: ${out}`)))
  })
  const call = async (method: string, pathname: string, body?: unknown) => {
    const res = await fetch(`${url}${pathname}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })
    const json = await res.json()
    if (!res.ok) throw new Error(`fake-stripe ${method} ${pathname}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  return {
    url,
    configure: async (config) => void (await call("POST", "/__fake/config", config)),
    requests: () => call("GET", "/__fake/requests"),
    intents: () => call("GET", "/__fake/payment_intents"),
    refunds: () => call("GET", "/__fake/refunds"),
    control: (pathname, body = {}) => call("POST", `/__fake${pathname}`, body),
    reset: async () => void (await call("POST", "/__fake/reset")),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
