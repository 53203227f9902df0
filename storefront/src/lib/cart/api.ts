import "server-only"
import { LOCALE_TAGS, type AppLocale } from "@/i18n/routing"

const REQUEST_TIMEOUT_MS = 20_000

/** An error answer of the store API: Medusa's {type, message} or our routes' {code, message}. */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type?: string,
    readonly code?: string,
  ) {
    super(message)
    this.name = "StoreApiError"
  }
}

function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
}

type StoreCallOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number | undefined>
  body?: unknown
  locale?: AppLocale
  /** Bearer token of a signed-in customer (orders are linked to the account). */
  token?: string | null
}

/**
 * Calls the store API for one buyer's cart or order: never cached (each answer is personal),
 * with the publishable key from the server's environment.
 */
export async function storeCall<T>(path: string, options: StoreCallOptions = {}): Promise<T> {
  const { method = "GET", query, body, locale, token } = options
  const url = new URL(`${backendUrl()}${path}`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: "application/json" }
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (key) headers["x-publishable-api-key"] = key
  if (locale) headers["x-medusa-locale"] = LOCALE_TAGS[locale]
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers["content-type"] = "application/json"
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (!response.ok) {
    const record = (data ?? {}) as { message?: unknown; type?: unknown; code?: unknown }
    throw new StoreApiError(
      response.status,
      typeof record.message === "string" && record.message ? record.message : `HTTP ${response.status}`,
      typeof record.type === "string" ? record.type : undefined,
      typeof record.code === "string" ? record.code : undefined,
    )
  }
  return data as T
}
