import "server-only"

const REQUEST_TIMEOUT_MS = 15_000

/** An error answer of the backend ({type, message} with a 4xx/5xx status). */
export class ProducerApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type?: string,
  ) {
    super(message)
    this.name = "ProducerApiError"
  }
}

export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
}

type ProducerFetchOptions = {
  method?: "GET" | "POST" | "DELETE"
  token?: string | null
  groupId?: string | null
  query?: Record<string, string | number | undefined>
  /** JSON body, or FormData for multipart uploads. */
  body?: unknown
  /** More request headers (the store API's publishable key, the reader's language). */
  headers?: Record<string, string>
}

/**
 * Calls a producer/auth route of the backend, never cached (every answer is per producer).
 * Throws ProducerApiError for error answers; network failures throw as they are.
 */
export async function producerFetch<T>(path: string, options: ProducerFetchOptions = {}): Promise<T> {
  const { method = "GET", token, groupId, query, body, headers: extraHeaders } = options
  const url = new URL(`${backendUrl()}${path}`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: "application/json", ...extraHeaders }
  if (token) headers.authorization = `Bearer ${token}`
  if (groupId) headers["x-producer-group-id"] = groupId
  let payload: BodyInit | undefined
  if (body instanceof FormData) {
    payload = body
  } else if (body !== undefined) {
    headers["content-type"] = "application/json"
    payload = JSON.stringify(body)
  }
  const response = await fetch(url, {
    method,
    headers,
    body: payload,
    cache: "no-store",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  let data: unknown = undefined
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (!response.ok) {
    const record = (data ?? {}) as { message?: unknown; type?: unknown }
    throw new ProducerApiError(
      response.status,
      typeof record.message === "string" && record.message ? record.message : response.statusText || `HTTP ${response.status}`,
      typeof record.type === "string" ? record.type : undefined,
    )
  }
  return data as T
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ProducerApiError && error.status === 401
}
