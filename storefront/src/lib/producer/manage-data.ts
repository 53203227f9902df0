import "server-only"
import { backendUrl, producerFetch, ProducerApiError } from "./api"
import { isImportAnswer, type GroupProfile, type ImportAnswer, type TeamAnswer } from "./manage"

type Auth = { token: string; groupId: string | null }

/** GET /producer/team (owners): members and open invites. */
export function getTeam(auth: Auth) {
  return producerFetch<TeamAnswer>("/producer/team", auth)
}

/** GET /producer/group: the acting group's profile (payout details masked, owners only). */
export async function getGroupProfile(auth: Auth) {
  const { producer_group } = await producerFetch<{ producer_group: GroupProfile }>("/producer/group", auth)
  return producer_group
}

const IMPORT_TIMEOUT_MS = 60_000

/**
 * POST /producer/products/import. Its 400 carries the per-row verdict, so the answer is read
 * whatever the status; other failures throw ProducerApiError like producerFetch.
 */
export async function postProductImport(auth: Auth, file: File, mode: string): Promise<{ status: number; answer: ImportAnswer }> {
  const form = new FormData()
  form.append("file", file, file.name || "products.csv")
  form.append("mode", mode)
  const headers: Record<string, string> = { accept: "application/json", authorization: `Bearer ${auth.token}` }
  if (auth.groupId) headers["x-producer-group-id"] = auth.groupId
  const response = await fetch(`${backendUrl()}/producer/products/import`, {
    method: "POST",
    headers,
    body: form,
    cache: "no-store",
    signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
  })
  const text = await response.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (isImportAnswer(data)) return { status: response.status, answer: data }
  const record = (data ?? {}) as { message?: unknown; type?: unknown }
  throw new ProducerApiError(
    response.status,
    typeof record.message === "string" && record.message ? record.message : response.statusText || `HTTP ${response.status}`,
    typeof record.type === "string" ? record.type : undefined,
  )
}
