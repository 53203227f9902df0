import "server-only"
import { backendUrl, producerFetch } from "./api"
import type { GeoProvince, RegistrationSummary } from "./registration"

type Auth = { token: string; groupId: string | null }

/** GET /producer/registrations: every group of the producer with status, events and documents. */
export function listMyRegistrations(auth: Auth) {
  return producerFetch<{ registrations: RegistrationSummary[] }>("/producer/registrations", { token: auth.token })
}

// ---------------------------------------------------------------------------------------------
// Thai geography (store API, reference data: cached for a day)

export const GEO_REVALIDATE_SECONDS = 86_400
const GEO_TIMEOUT_MS = 10_000

export class GeoError extends Error {
  constructor(readonly status: number) {
    super(`geo: backend answered ${status}`)
  }
}

/** GET a /store/geo route (with the publishable key), through Next's data cache. */
export async function geoFetch<T>(path: string): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" }
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (key) headers["x-publishable-api-key"] = key
  const response = await fetch(`${backendUrl()}${path}`, {
    headers,
    next: { revalidate: GEO_REVALIDATE_SECONDS, tags: ["geo"] },
    signal: AbortSignal.timeout(GEO_TIMEOUT_MS),
  })
  if (!response.ok) throw new GeoError(response.status)
  return (await response.json()) as T
}

/** The 77 provinces (Thai alphabetical order), or an empty list when the backend is away. */
export async function listProvinces(): Promise<GeoProvince[]> {
  try {
    const { provinces } = await geoFetch<{ provinces: GeoProvince[] }>("/store/geo/provinces")
    return provinces.map(({ code, name_th, name_en }) => ({ code, name_th, name_en }))
  } catch (error) {
    console.error("[storefront] geo provinces:", error instanceof Error ? error.message : error)
    return []
  }
}
