/**
 * Trust data in the producer portal (certifications, fabric and soft-power attributes): shapes of
 * the backend's answers and the pure rules the screens use — expiry warnings counted in Bangkok
 * calendar days, number-format hints, form reading and checking, and backend errors mapped to
 * the field they are about. No server or browser APIs here, so Jest tests it directly.
 */
import type { AppLocale } from "@/i18n/routing"

export type LocalizedText = { th: string; en: string }

/** One scheme as GET /store/vocabularies sends it (backend data: modules/certification/data/schemes.ts). */
export type CertificationScheme = {
  code: string
  label: LocalizedText
  issuer: LocalizedText
  applies_to: "product" | "group"
  number_example: string | null
  number_hint: LocalizedText | null
  number_mask?: string | null
  lookup_url: string | null
  default_validity_years?: number | null
  reminder_days?: number | null
}

export type VocabularyTerm = { code: string; th: string; en: string; family?: string; year_be?: number }

export type TrustVocabularies = {
  fiber: VocabularyTerm[]
  technique: VocabularyTerm[]
  dye: VocabularyTerm[]
  fabric_type: VocabularyTerm[]
  royal_pattern: VocabularyTerm[]
  soft_power: VocabularyTerm[]
  campaign: VocabularyTerm[]
  certification_schemes: CertificationScheme[]
}

export const CERTIFICATION_STATUSES = ["draft", "pending", "verified", "rejected", "expired"] as const
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/** A certification as GET /producer/certifications sends it (only what the portal reads). */
export type ProducerCertification = {
  id: string
  scheme: string
  number: string | null
  number_display: string | null
  certificate_number: string | null
  issued_at: string | null
  expires_at: string | null
  status: string
  status_reason: string | null
  product_id: string | null
  document_filename: string | null
  details: Record<string, unknown> | null
  scheme_label: LocalizedText | null
  lookup_url: string | null
  created_at?: string | null
}

export type ProductAttributes = {
  fiber: string | null
  techniques: string[] | null
  dye: string | null
  fabric_type: string | null
  royal_pattern: string | null
  royal_pattern_year_be: number | null
  provincial_pattern: string | null
  hand_woven: boolean | null
  soft_power: string[] | null
  campaigns: string[] | null
}

/** Products of this category carry fabric attributes (the backend refuses them on others). */
export const TEXTILE_CATEGORY = "textile-apparel"

export function isTextileProduct(categories: { handle: string }[] | null | undefined): boolean {
  return (categories ?? []).some((category) => category?.handle === TEXTILE_CATEGORY)
}

export function localized(text: LocalizedText | null | undefined, locale: AppLocale): string {
  if (!text) return ""
  return (locale === "en" ? text.en || text.th : text.th || text.en) ?? ""
}

export function statusKey(status: string): CertificationStatus | "unknown" {
  return (CERTIFICATION_STATUSES as readonly string[]).includes(status) ? (status as CertificationStatus) : "unknown"
}

// ---------------------------------------------------------------------------------------------
// Days in Bangkok

const DAY_MS = 86_400_000
/** Thailand keeps UTC+7 all year (no daylight saving), so a fixed offset is exact. */
const BANGKOK_OFFSET_MS = 7 * 3_600_000

/** The calendar day (YYYY-MM-DD) in Bangkok of an instant. */
export function bangkokDay(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return new Date(date.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whole calendar days from one YYYY-MM-DD day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)))
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)))
  return Math.round((end - start) / DAY_MS)
}

/** Bangkok calendar days from `now` until the expiry day (0 on the day itself, negative after). */
export function daysUntilExpiry(expiresAt: string, now: Date = new Date()): number {
  return daysBetween(bangkokDay(now), bangkokDay(expiresAt))
}

/** A date typed in a date field (YYYY-MM-DD, Christian era) as the instant it starts in Bangkok. */
export function bangkokDateStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`)
}

// ---------------------------------------------------------------------------------------------
// Expiry warnings

/** When the scheme does not say, the backend reminds 90 days ahead too. */
export const DEFAULT_REMINDER_DAYS = 90

export type ExpiryState =
  | { kind: "expired"; daysAgo: number }
  | { kind: "expiring"; days: number }
  | { kind: "valid"; days: number }
  | { kind: "none" }

/**
 * How close a certification is to its expiry, counted in Bangkok days. It stops counting as
 * verified on its expiry day (the backend's daily job), so that day is already "expired".
 * Rejected claims warn about nothing: they do not count anyway.
 */
export function expiryState(
  certification: Pick<ProducerCertification, "status" | "expires_at">,
  reminderDays: number = DEFAULT_REMINDER_DAYS,
  now: Date = new Date(),
): ExpiryState {
  if (certification.status === "rejected") return { kind: "none" }
  const days = certification.expires_at ? daysUntilExpiry(certification.expires_at, now) : null
  if (certification.status === "expired") return { kind: "expired", daysAgo: days === null ? 0 : Math.max(0, -days) }
  if (days === null) return { kind: "none" }
  if (days <= 0) return { kind: "expired", daysAgo: Math.abs(days) }
  if (days <= reminderDays) return { kind: "expiring", days }
  return { kind: "valid", days }
}

const sameSubject = (a: ProducerCertification, b: ProducerCertification) =>
  a.scheme === b.scheme && (a.product_id ?? null) === (b.product_id ?? null)

/**
 * A newer claim of the same scheme for the same product (or group) that is still alive: the
 * producer has already renewed, so the old one needs no warning.
 */
export function renewalOf(certification: ProducerCertification, all: ProducerCertification[]): ProducerCertification | null {
  const since = certification.created_at ? new Date(certification.created_at).getTime() : null
  return (
    all.find(
      (other) =>
        other.id !== certification.id &&
        sameSubject(other, certification) &&
        ["draft", "pending", "verified"].includes(other.status) &&
        (since === null || !other.created_at || new Date(other.created_at).getTime() > since) &&
        (!other.expires_at || !certification.expires_at || other.expires_at > certification.expires_at),
    ) ?? null
  )
}

export type CertificationWarning = {
  certification: ProducerCertification
  state: Extract<ExpiryState, { kind: "expired" } | { kind: "expiring" }>
}

export function schemesByCode(schemes: CertificationScheme[]): Map<string, CertificationScheme> {
  return new Map(schemes.map((scheme) => [scheme.code, scheme]))
}

export function reminderDaysOf(scheme: CertificationScheme | undefined): number {
  return scheme?.reminder_days ?? DEFAULT_REMINDER_DAYS
}

/** The certifications that have expired or expire within their scheme's lead time, not yet renewed; expired first, then soonest. */
export function certificationWarnings(
  certifications: ProducerCertification[],
  schemes: Map<string, CertificationScheme>,
  now: Date = new Date(),
): CertificationWarning[] {
  const warnings: CertificationWarning[] = []
  for (const certification of certifications) {
    const state = expiryState(certification, reminderDaysOf(schemes.get(certification.scheme)), now)
    if (state.kind !== "expired" && state.kind !== "expiring") continue
    if (renewalOf(certification, certifications)) continue
    warnings.push({ certification, state })
  }
  // Expired ones first (the most recent first), then the soonest to expire.
  const order = (w: CertificationWarning) => (w.state.kind === "expired" ? -1_000_000 + w.state.daysAgo : w.state.days)
  return warnings.sort((a, b) => order(a) - order(b))
}

export type WarningSummary = { expired: number; expiring: number; soonestDays: number | null }

export function warningSummary(warnings: CertificationWarning[]): WarningSummary {
  let expired = 0
  let expiring = 0
  let soonestDays: number | null = null
  for (const { state } of warnings) {
    if (state.kind === "expired") expired += 1
    else {
      expiring += 1
      soonestDays = soonestDays === null ? state.days : Math.min(soonestDays, state.days)
    }
  }
  return { expired, expiring, soonestDays }
}

// ---------------------------------------------------------------------------------------------
// Number formats

export type NumberFormatHint = { mask: string | null; hint: string | null; example: string | null }

/** What to show next to the number field: the shape to type (if fixed), the scheme's words, an example. */
export function numberFormatHint(scheme: CertificationScheme | undefined, locale: AppLocale): NumberFormatHint {
  if (!scheme) return { mask: null, hint: null, example: null }
  return {
    mask: scheme.number_mask || null,
    hint: scheme.number_hint ? localized(scheme.number_hint, locale) : null,
    example: scheme.number_example || null,
  }
}

/** A scheme without a number format (e.g. the peacock marks) takes an optional number. */
export function numberRequired(scheme: CertificationScheme | undefined): boolean {
  return !!scheme && (scheme.number_example !== null || scheme.number_hint !== null)
}

// ---------------------------------------------------------------------------------------------
// The certification form

/** Facts a scheme asks for beyond its number (stored in the certification's `details`). */
export const SCHEME_DETAIL_FIELDS: Record<string, readonly DetailField[]> = {
  gi: ["gi_name"],
}
export type DetailField = "gi_name"

export type CertificationFormValues = {
  scheme: string
  product_id: string
  number: string
  certificate_number: string
  issued_at: string
  expires_at: string
  document_id: string
  gi_name: string
}

export type CertificationField = keyof CertificationFormValues

export type CertificationErrorKey =
  | "required"
  | "schemeUnknown"
  | "schemeForGroup"
  | "schemeForProduct"
  | "numberRequired"
  | "numberFormat"
  | "tooLong"
  | "dateInvalid"
  | "issuedFuture"
  | "expiresBeforeIssued"
  | "documentMissing"
  | "documentPicture"
  | "productNotFound"

export type CertificationErrors = Partial<Record<CertificationField, CertificationErrorKey>>

export type CertificationFormState = {
  values?: CertificationFormValues
  fieldErrors?: CertificationErrors
  errorKey?: "unavailable" | "session" | "notFound"
  /** A backend refusal the form could not pin to a field, as the backend said it. */
  apiMessage?: string
}

const FIELDS: readonly CertificationField[] = ["scheme", "product_id", "number", "certificate_number", "issued_at", "expires_at", "document_id", "gi_name"]

export function readCertificationForm(form: FormData): CertificationFormValues {
  const values = {} as CertificationFormValues
  for (const field of FIELDS) values[field] = String(form.get(field) ?? "").trim()
  return values
}

const MAX_LENGTH: Partial<Record<CertificationField, number>> = { number: 80, certificate_number: 80, gi_name: 120 }
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

function validDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** What the form can tell before asking the backend (the number's format is the backend's to judge). */
export function validateCertificationForm(
  values: CertificationFormValues,
  scheme: CertificationScheme | undefined,
  now: Date = new Date(),
): CertificationErrors {
  const errors: CertificationErrors = {}
  if (!values.scheme) errors.scheme = "required"
  else if (!scheme) errors.scheme = "schemeUnknown"
  if (scheme?.applies_to === "product" && !values.product_id) errors.product_id = "required"
  if (numberRequired(scheme) && !values.number) errors.number = "numberRequired"
  for (const [field, max] of Object.entries(MAX_LENGTH) as [CertificationField, number][]) {
    if (!errors[field] && values[field].length > max) errors[field] = "tooLong"
  }
  for (const field of ["issued_at", "expires_at"] as const) {
    if (values[field] && !validDay(values[field])) errors[field] = "dateInvalid"
  }
  if (!errors.issued_at && values.issued_at && daysBetween(bangkokDay(now), values.issued_at) > 0) errors.issued_at = "issuedFuture"
  if (!errors.issued_at && !errors.expires_at && values.issued_at && values.expires_at && values.expires_at <= values.issued_at) {
    errors.expires_at = "expiresBeforeIssued"
  }
  return errors
}

/** Where the claim goes (a product's, or the group's for schemes that certify the producer) and its body. */
export function certificationRequest(values: CertificationFormValues, scheme: CertificationScheme) {
  const details: Record<string, string> = {}
  for (const field of SCHEME_DETAIL_FIELDS[scheme.code] ?? []) if (values[field]) details[field] = values[field]
  const path =
    scheme.applies_to === "group" ? "/producer/certifications" : `/producer/products/${encodeURIComponent(values.product_id)}/certifications`
  return {
    path,
    body: {
      scheme: scheme.code,
      number: values.number || null,
      certificate_number: values.certificate_number || null,
      issued_at: values.issued_at || null,
      expires_at: values.expires_at || null,
      document_id: values.document_id || null,
      details: Object.keys(details).length ? details : null,
    },
  }
}

/** "a: x; b: y" → [["a", "x"], ["b", "y"]]; a "; " inside one message (not followed by "field: ") stays. */
export function splitApiMessage(message: string): [string, string][] {
  return message
    .split(/;\s+(?=[a-z_][a-z0-9_.]*:\s)/i)
    .map((part) => {
      const match = part.match(/^([a-z_][a-z0-9_.]*):\s*([\s\S]*)$/i)
      return match ? ([match[1], match[2]] as [string, string]) : (["", part] as [string, string])
    })
}

/** The backend's refusal of a claim, pinned to the form's fields (null when it names none). */
export function mapCertificationApiError(message: string): CertificationErrors | null {
  if (/^Product with id/i.test(message)) return { product_id: "productNotFound" }
  const errors: CertificationErrors = {}
  for (const [path, text] of splitApiMessage(message)) {
    const field = path.split(".")[0]
    if (field === "scheme") {
      errors.scheme = /certifies the producer/.test(text) ? "schemeForGroup" : /certifies a product/.test(text) ? "schemeForProduct" : "schemeUnknown"
    } else if (field === "number") {
      errors.number = /^required/.test(text) ? "numberRequired" : /at most|too long|too_big/i.test(text) ? "tooLong" : "numberFormat"
    } else if (field === "certificate_number") {
      errors.certificate_number = "tooLong"
    } else if (field === "issued_at") {
      errors.issued_at = /future/.test(text) ? "issuedFuture" : "dateInvalid"
    } else if (field === "expires_at") {
      errors.expires_at = /after/.test(text) ? "expiresBeforeIssued" : "dateInvalid"
    } else if (field === "document_id") {
      errors.document_id = /picture/.test(text) ? "documentPicture" : "documentMissing"
    } else if (field === "details") {
      errors.gi_name = "tooLong"
    }
  }
  return Object.keys(errors).length ? errors : null
}

// ---------------------------------------------------------------------------------------------
// Attributes (fabric, soft power, campaigns)

export type AttributesValues = {
  fiber: string
  techniques: string[]
  dye: string
  fabric_type: string
  royal_pattern: string
  royal_pattern_year_be: string
  provincial_pattern: string
  hand_woven: "" | "yes" | "no"
  soft_power: string[]
  campaigns: string[]
}

export type AttributesField = keyof AttributesValues | "fabric"

export type AttributesErrorKey = "fiberRequired" | "notInList" | "listedTwice" | "tooMany" | "yearBe" | "royalYearRequired" | "patternLength" | "notTextile"

export type AttributesErrors = Partial<Record<AttributesField, AttributesErrorKey>>

export type AttributesFormState = {
  values?: AttributesValues
  fieldErrors?: AttributesErrors
  errorKey?: "unavailable" | "notFound"
  apiMessage?: string
}

export const EMPTY_ATTRIBUTES: AttributesValues = {
  fiber: "",
  techniques: [],
  dye: "",
  fabric_type: "",
  royal_pattern: "",
  royal_pattern_year_be: "",
  provincial_pattern: "",
  hand_woven: "",
  soft_power: [],
  campaigns: [],
}

export function attributesValuesFrom(attributes: ProductAttributes | null | undefined): AttributesValues {
  if (!attributes) return { ...EMPTY_ATTRIBUTES }
  return {
    fiber: attributes.fiber ?? "",
    techniques: attributes.techniques ?? [],
    dye: attributes.dye ?? "",
    fabric_type: attributes.fabric_type ?? "",
    royal_pattern: attributes.royal_pattern ?? "",
    royal_pattern_year_be: attributes.royal_pattern_year_be ? String(attributes.royal_pattern_year_be) : "",
    provincial_pattern: attributes.provincial_pattern ?? "",
    hand_woven: attributes.hand_woven === true ? "yes" : attributes.hand_woven === false ? "no" : "",
    soft_power: attributes.soft_power ?? [],
    campaigns: attributes.campaigns ?? [],
  }
}

export function readAttributesForm(form: FormData): AttributesValues {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  const list = (name: string) => [...new Set(form.getAll(name).map((value) => String(value).trim()).filter(Boolean))]
  const handWoven = text("hand_woven")
  return {
    fiber: text("fiber"),
    techniques: list("techniques"),
    dye: text("dye"),
    fabric_type: text("fabric_type"),
    royal_pattern: text("royal_pattern"),
    royal_pattern_year_be: text("royal_pattern_year_be"),
    provincial_pattern: text("provincial_pattern"),
    hand_woven: handWoven === "yes" || handWoven === "no" ? handWoven : "",
    soft_power: list("soft_power"),
    campaigns: list("campaigns"),
  }
}

const FABRIC_FIELDS = ["fiber", "techniques", "dye", "fabric_type", "royal_pattern", "royal_pattern_year_be", "provincial_pattern", "hand_woven"] as const

function hasFabric(values: AttributesValues): boolean {
  return FABRIC_FIELDS.some((field) => (Array.isArray(values[field]) ? values[field].length > 0 : values[field] !== ""))
}

const codes = (terms: VocabularyTerm[]) => new Set(terms.map((term) => term.code))

/** The checks the backend makes too, so the producer sees them at once and in their language. */
export function validateAttributes(values: AttributesValues, textile: boolean, vocabularies: TrustVocabularies): AttributesErrors {
  const errors: AttributesErrors = {}
  const single = [
    ["fiber", vocabularies.fiber],
    ["dye", vocabularies.dye],
    ["fabric_type", vocabularies.fabric_type],
    ["royal_pattern", vocabularies.royal_pattern],
  ] as const
  const lists = [
    ["techniques", vocabularies.technique],
    ["soft_power", vocabularies.soft_power],
    ["campaigns", vocabularies.campaign],
  ] as const
  for (const [field, terms] of single) if (values[field] && !codes(terms).has(values[field])) errors[field] = "notInList"
  for (const [field, terms] of lists) if (values[field].some((code) => !codes(terms).has(code))) errors[field] = "notInList"
  if (!textile) {
    if (hasFabric(values)) errors.fabric = "notTextile"
    return errors
  }
  if (hasFabric(values) && !values.fiber) errors.fiber = "fiberRequired"
  if (values.techniques.length > 6) errors.techniques = "tooMany"
  if (values.royal_pattern_year_be) {
    const year = Number(values.royal_pattern_year_be)
    if (!/^\d{4}$/.test(values.royal_pattern_year_be) || year < 2563 || year > 2700) errors.royal_pattern_year_be = "yearBe"
  } else if (values.royal_pattern && !vocabularies.royal_pattern.find((term) => term.code === values.royal_pattern)?.year_be) {
    errors.royal_pattern_year_be = "royalYearRequired"
  }
  if (values.provincial_pattern && (values.provincial_pattern.length < 2 || values.provincial_pattern.length > 120)) {
    errors.provincial_pattern = "patternLength"
  }
  return errors
}

/** The body of POST /producer/products/:id/attributes (every list is the complete new list). */
export function attributesPayload(values: AttributesValues, textile: boolean, royalPatterns: VocabularyTerm[]) {
  const fabric =
    textile && hasFabric(values)
      ? {
          fiber: values.fiber,
          techniques: values.techniques,
          dye: values.dye || null,
          fabric_type: values.fabric_type || null,
          royal_pattern: values.royal_pattern || null,
          // A royal pattern with a known year gets that year when the producer left it empty.
          royal_pattern_year_be: values.royal_pattern
            ? Number(values.royal_pattern_year_be) || royalPatterns.find((term) => term.code === values.royal_pattern)?.year_be || null
            : null,
          provincial_pattern: values.provincial_pattern || null,
          hand_woven: values.hand_woven === "yes" ? true : values.hand_woven === "no" ? false : null,
        }
      : null
  return { fabric, soft_power: values.soft_power, campaigns: values.campaigns }
}

const ATTRIBUTE_PATHS: Record<string, AttributesField> = {
  "fabric.fiber": "fiber",
  "fabric.techniques": "techniques",
  "fabric.dye": "dye",
  "fabric.fabric_type": "fabric_type",
  "fabric.royal_pattern": "royal_pattern",
  "fabric.royal_pattern_year_be": "royal_pattern_year_be",
  "fabric.provincial_pattern": "provincial_pattern",
  "fabric.hand_woven": "hand_woven",
  fabric: "fabric",
  soft_power: "soft_power",
  campaigns: "campaigns",
}

/** The backend's refusal of attributes ("fabric.techniques.1: 'X' is listed twice; …"), per field. */
export function mapAttributesApiError(message: string): AttributesErrors | null {
  const errors: AttributesErrors = {}
  for (const [path, text] of splitApiMessage(message)) {
    // "fabric.techniques.1" → "fabric.techniques"; "soft_power.0" → "soft_power"
    const key = path.replace(/\.\d+$/, "")
    const field = ATTRIBUTE_PATHS[key]
    if (!field) continue
    errors[field] =
      field === "fabric"
        ? /textile|Textiles/i.test(text)
          ? "notTextile"
          : "fiberRequired"
        : /listed twice/.test(text)
          ? "listedTwice"
          : /at most|too_big|too many/i.test(text)
            ? "tooMany"
            : field === "royal_pattern_year_be"
              ? /year \(BE\)/.test(text)
                ? "royalYearRequired"
                : "yearBe"
              : field === "provincial_pattern"
                ? "patternLength"
                : field === "fiber" && /required/i.test(text)
                  ? "fiberRequired"
                  : "notInList"
  }
  return Object.keys(errors).length ? errors : null
}
