// The widget's client of /admin/products/:id/trust (the dashboard's session cookie signs it in).

export type Localised = { th: string; en: string }
export type Term = Localised & { code: string; family?: string; year_be?: number }
export type Actor = { type: "operator" | "cdd_staff" | "producer" | "unknown"; email: string | null } | null

export type Grade = {
  id: string
  round_be: number
  stars: number
  score: number | null
  certificate_number: string | null
  announced_at: string | null
  source: string
  recorded_by_actor: Actor
}

export type Certification = {
  id: string
  scheme: string
  scheme_label: Localised | null
  number: string | null
  number_display: string | null
  certificate_number: string | null
  status: "draft" | "pending" | "verified" | "rejected" | "expired"
  status_reason: string | null
  issued_at: string | null
  expires_at: string | null
  lookup_url: string | null
  applies_to: "product" | "group"
  has_document: boolean
  document_filename: string | null
  decided_at: string | null
  decided_by_actor: Actor
  submitted_by_actor: Actor
}

export type Attributes = {
  fiber: string | null
  techniques: string[]
  dye: string | null
  fabric_type: string | null
  royal_pattern: string | null
  royal_pattern_year_be: number | null
  provincial_pattern: string | null
  hand_woven: boolean | null
  soft_power: string[]
  campaigns: string[]
}

export type Scheme = {
  code: string
  label: Localised
  applies_to: "product" | "group"
  number_required: boolean
  number_example: string | null
  number_hint: Localised | null
  lookup_url: string | null
}

export type TrustData = {
  product: {
    id: string
    title: string
    is_textile: boolean
    group: { id: string; handle: string; name_th: string; name_en: string | null; province_code: string } | null
  }
  grades: Grade[]
  certifications: Certification[]
  attributes: Attributes | null
  vocabularies: Record<"fiber" | "technique" | "dye" | "fabric_type" | "royal_pattern" | "soft_power" | "campaign", Term[]>
  certification_schemes: Scheme[]
}

export const trustPath = (productId: string, path = "") => `/admin/products/${encodeURIComponent(productId)}/trust${path}`

/** Calls the API; an error answer throws with the API's reason (it names the field). */
export async function trustApi(productId: string, path = "", body?: unknown): Promise<TrustData> {
  const init: RequestInit = { credentials: "include" }
  if (body instanceof FormData) Object.assign(init, { method: "POST", body })
  else if (body !== undefined) Object.assign(init, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } })
  const res = await fetch(trustPath(productId, path), init)
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(data?.message || `${res.status} ${res.statusText}`)
  return data as TrustData
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))
