/**
 * Producer sign-up and the online OTOP registration: shapes, validation and the mapping of
 * the backend's English errors to message keys (Registration.errors.*). Pure, so the client
 * form and the server actions run the very same checks.
 */
import { slugify } from "./validation"

export const DOCUMENT_KINDS = ["id_card_chair", "house_registration", "product_photo", "power_of_attorney", "other"] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
/** CDD needs these three with every registration. */
export const REQUIRED_DOCUMENT_KINDS: readonly DocumentKind[] = ["id_card_chair", "house_registration", "product_photo"]

export const PRODUCER_TYPES = ["COMMUNITY_GROUP", "SINGLE_OWNER", "SME"] as const
export type ProducerType = (typeof PRODUCER_TYPES)[number]

/** What POST /producer/uploads accepts (backend/src/api/producer/uploads/validation.ts). */
export const UPLOAD_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"]
export const UPLOAD_ACCEPT = UPLOAD_TYPES.join(",")
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024

export const PASSWORD_MIN_LENGTH = 8
export const HANDLE_MIN_LENGTH = 3
export const HANDLE_MAX_LENGTH = 60
/** The first OTOP selection was in 2544 BE (2001). */
export const FIRST_OTOP_YEAR_BE = 2544

const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PHONE_PATTERN = /^0\d{8,9}$/
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const POSTCODE_PATTERN = /^\d{5}$/
const SUBDISTRICT_PATTERN = /^\d{6}$/
const INTEGER_PATTERN = /^\d{1,4}$/

/** Message keys under Registration.errors. */
export type RegistrationErrorKey =
  | "required"
  | "tooShort"
  | "tooLong"
  | "handle"
  | "handleTaken"
  | "registrationNo"
  | "registrationNoTaken"
  | "yearBe"
  | "moo"
  | "phone"
  | "email"
  | "emailTaken"
  | "password"
  | "postcode"
  | "subdistrict"
  | "subdistrictUnknown"
  | "producerType"
  | "documentRequired"
  | "documentMissing"
  | "documentUploading"
  | "fileType"
  | "fileSize"
  | "invalid"

// ---------------------------------------------------------------------------------------------
// Helpers

/** "081-234 5678" → "0812345678"; "+66812345678" → "0812345678". */
export function normalizePhone(value: string): string {
  const digits = value.replace(/[\s\-().]/g, "")
  return digits.startsWith("+66") ? `0${digits.slice(3)}` : digits
}

/** An ASCII handle from the English name: "Ban Na Kha Silk Group" → "ban-na-kha-silk-group". */
export function suggestHandle(nameEn: string): string {
  return slugify(nameEn)
}

/** The Buddhist-era year now (Bangkok time). */
export function currentYearBe(now: Date = new Date()): number {
  const bangkok = new Date(now.getTime() + 7 * 60 * 60 * 1000)
  return bangkok.getUTCFullYear() + 543
}

/** Whether a file may be uploaded as a registration document; the key of the reason if not. */
export function checkUploadFile(file: { type: string; size: number }): "fileType" | "fileSize" | null {
  if (!UPLOAD_TYPES.includes(file.type)) return "fileType"
  if (file.size > UPLOAD_MAX_BYTES) return "fileSize"
  return null
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value)
}

// ---------------------------------------------------------------------------------------------
// Sign-up

export type SignupValues = { first_name: string; last_name: string; phone: string; email: string }
export type SignupField = keyof SignupValues | "password"

export type SignupState = {
  fieldErrors?: Partial<Record<SignupField, RegistrationErrorKey>>
  /** A failure of the whole form, as a key under Registration.signup. */
  errorKey?: "unavailable" | "emailTaken"
  /** The backend's own message, shown as a detail only. */
  apiError?: string
  /** What was typed (never the password), so a failed attempt keeps it. */
  values?: SignupValues
}

export function readSignupForm(form: FormData): SignupValues & { password: string } {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  return {
    first_name: text("first_name"),
    last_name: text("last_name"),
    phone: normalizePhone(text("phone")),
    email: text("email").toLowerCase(),
    password: String(form.get("password") ?? ""),
  }
}

export function validateSignup(values: SignupValues & { password: string }): NonNullable<SignupState["fieldErrors"]> {
  const errors: NonNullable<SignupState["fieldErrors"]> = {}
  if (!values.first_name) errors.first_name = "required"
  else if (values.first_name.length > 100) errors.first_name = "tooLong"
  if (!values.last_name) errors.last_name = "required"
  else if (values.last_name.length > 100) errors.last_name = "tooLong"
  if (!values.phone) errors.phone = "required"
  else if (!PHONE_PATTERN.test(values.phone)) errors.phone = "phone"
  if (!values.email) errors.email = "required"
  else if (!EMAIL_PATTERN.test(values.email)) errors.email = "email"
  if (!values.password) errors.password = "required"
  else if (values.password.length < PASSWORD_MIN_LENGTH) errors.password = "password"
  return errors
}

// ---------------------------------------------------------------------------------------------
// Registration

export type RegistrationValues = {
  handle: string
  name_th: string
  name_en: string
  producer_type: string
  otop_registration_no: string
  registration_year_be: string
  community_enterprise_no: string
  postcode: string
  province_code: string
  district_code: string
  subdistrict_code: string
  village_th: string
  village_en: string
  moo: string
  address_line: string
  phone: string
  line_id: string
  email: string
  story_th: string
  story_en: string
  planned_products: string
}
export type RegistrationField = keyof RegistrationValues

export type RegistrationDocument = { kind: DocumentKind; upload_id: string }

export type RegistrationErrors = {
  fieldErrors: Partial<Record<RegistrationField, RegistrationErrorKey>>
  documentErrors: Partial<Record<DocumentKind, RegistrationErrorKey>>
}

export type RegistrationState = Partial<RegistrationErrors> & {
  errorKey?: "unavailable"
  apiError?: string
}

export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  "handle",
  "name_th",
  "name_en",
  "producer_type",
  "otop_registration_no",
  "registration_year_be",
  "community_enterprise_no",
  "postcode",
  "province_code",
  "district_code",
  "subdistrict_code",
  "village_th",
  "village_en",
  "moo",
  "address_line",
  "phone",
  "line_id",
  "email",
  "story_th",
  "story_en",
  "planned_products",
]

/** Longest text the backend takes per field. */
const MAX_LENGTH: Partial<Record<RegistrationField, number>> = {
  handle: HANDLE_MAX_LENGTH,
  name_th: 200,
  name_en: 200,
  otop_registration_no: 40,
  community_enterprise_no: 40,
  village_th: 200,
  village_en: 200,
  address_line: 300,
  line_id: 60,
  story_th: 4000,
  story_en: 4000,
  planned_products: 4000,
}

/** Documents come as repeated `document` entries "kind:upload_id". */
export function readRegistrationForm(form: FormData): { values: RegistrationValues; documents: RegistrationDocument[] } {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  const values = Object.fromEntries(REGISTRATION_FIELDS.map((name) => [name, text(name)])) as RegistrationValues
  values.handle = values.handle.toLowerCase()
  values.phone = normalizePhone(values.phone)
  values.email = values.email.toLowerCase()
  const documents: RegistrationDocument[] = []
  for (const entry of form.getAll("document")) {
    const [kind, uploadId] = String(entry).split(":", 2)
    if (isDocumentKind(kind) && uploadId) documents.push({ kind, upload_id: uploadId })
  }
  return { values, documents }
}

/** Field and document errors of a registration; both empty when it can be sent. */
export function validateRegistration(
  values: RegistrationValues,
  documents: RegistrationDocument[],
  options: { yearBe?: number; uploadingKinds?: DocumentKind[] } = {},
): RegistrationErrors {
  const fieldErrors: RegistrationErrors["fieldErrors"] = {}
  const documentErrors: RegistrationErrors["documentErrors"] = {}
  const yearBe = options.yearBe ?? currentYearBe()

  if (!values.name_th) fieldErrors.name_th = "required"
  else if (values.name_th.length < 2) fieldErrors.name_th = "tooShort"
  if (!values.name_en) fieldErrors.name_en = "required"
  else if (values.name_en.length < 2) fieldErrors.name_en = "tooShort"
  if (!values.handle) fieldErrors.handle = "required"
  else if (
    !HANDLE_PATTERN.test(values.handle) ||
    values.handle.length < HANDLE_MIN_LENGTH ||
    values.handle.length > HANDLE_MAX_LENGTH
  ) {
    fieldErrors.handle = "handle"
  }
  if (!values.producer_type) fieldErrors.producer_type = "required"
  else if (!(PRODUCER_TYPES as readonly string[]).includes(values.producer_type)) fieldErrors.producer_type = "producerType"

  if (values.otop_registration_no && values.otop_registration_no.length < 3) fieldErrors.otop_registration_no = "registrationNo"
  if (values.registration_year_be) {
    const year = Number(values.registration_year_be)
    if (!INTEGER_PATTERN.test(values.registration_year_be) || year < FIRST_OTOP_YEAR_BE || year > yearBe) {
      fieldErrors.registration_year_be = "yearBe"
    }
  }

  if (values.postcode && !POSTCODE_PATTERN.test(values.postcode)) fieldErrors.postcode = "postcode"
  if (!values.subdistrict_code) fieldErrors.subdistrict_code = "subdistrict"
  else if (!SUBDISTRICT_PATTERN.test(values.subdistrict_code)) fieldErrors.subdistrict_code = "subdistrictUnknown"
  if (values.moo) {
    const moo = Number(values.moo)
    if (!INTEGER_PATTERN.test(values.moo) || moo < 1 || moo > 99) fieldErrors.moo = "moo"
  }

  if (!values.phone) fieldErrors.phone = "required"
  else if (!PHONE_PATTERN.test(values.phone)) fieldErrors.phone = "phone"
  if (values.email && !EMAIL_PATTERN.test(values.email)) fieldErrors.email = "email"

  for (const [field, max] of Object.entries(MAX_LENGTH) as [RegistrationField, number][]) {
    if (!fieldErrors[field] && values[field].length > max) fieldErrors[field] = "tooLong"
  }

  for (const kind of options.uploadingKinds ?? []) documentErrors[kind] = "documentUploading"
  for (const kind of REQUIRED_DOCUMENT_KINDS) {
    if (!documentErrors[kind] && !documents.some((document) => document.kind === kind)) documentErrors[kind] = "documentRequired"
  }
  return { fieldErrors, documentErrors }
}

export function hasErrors(errors: Partial<RegistrationErrors>): boolean {
  return Object.keys(errors.fieldErrors ?? {}).length > 0 || Object.keys(errors.documentErrors ?? {}).length > 0
}

/** The body of POST /producer/registrations for valid values (empty optional fields are left out). */
export function registrationPayload(values: RegistrationValues, documents: RegistrationDocument[]) {
  const optional = (value: string) => value || undefined
  return {
    handle: values.handle,
    name_th: values.name_th,
    name_en: values.name_en,
    producer_type: values.producer_type as ProducerType,
    otop_registration_no: optional(values.otop_registration_no),
    registration_year_be: values.registration_year_be ? Number(values.registration_year_be) : undefined,
    community_enterprise_no: optional(values.community_enterprise_no),
    subdistrict_code: values.subdistrict_code,
    village_th: optional(values.village_th),
    village_en: optional(values.village_en),
    moo: values.moo ? Number(values.moo) : undefined,
    address_line: optional(values.address_line),
    story_th: optional(values.story_th),
    story_en: optional(values.story_en),
    phone: optional(values.phone),
    line_id: optional(values.line_id),
    email: optional(values.email),
    planned_products: optional(values.planned_products),
    documents: documents.map(({ kind, upload_id }) => ({ kind, upload_id })),
  }
}

/**
 * Turns the backend's error message ("handle: 'x' is already taken by another group",
 * "documents: missing id_card_chair, product_photo", "subdistrict_code: no subdistrict…",
 * zod's "moo: Number must be…; phone: …") into field errors. Null when no part names a field.
 */
export function mapRegistrationApiError(message: string, documents: RegistrationDocument[] = []): RegistrationErrors | null {
  const fieldErrors: RegistrationErrors["fieldErrors"] = {}
  const documentErrors: RegistrationErrors["documentErrors"] = {}
  for (const part of message.split(/;\s*/)) {
    const match = /^([a-z_]+)(?:\.[\w.]+)?:\s*(.*)$/s.exec(part.trim())
    if (!match) continue
    const [, field, detail] = match
    if (field === "handle") fieldErrors.handle = /already taken/i.test(detail) ? "handleTaken" : "handle"
    else if (field === "otop_registration_no")
      fieldErrors.otop_registration_no = /already registered/i.test(detail) ? "registrationNoTaken" : "registrationNo"
    else if (field === "subdistrict_code") fieldErrors.subdistrict_code = "subdistrictUnknown"
    else if (field === "registration_year_be") fieldErrors.registration_year_be = "yearBe"
    else if (field === "moo") fieldErrors.moo = "moo"
    else if (field === "phone") fieldErrors.phone = "phone"
    else if (field === "email") fieldErrors.email = "email"
    else if (field === "producer_type") fieldErrors.producer_type = "producerType"
    else if (field === "documents") {
      const missing = /missing\s+(.+)$/i.exec(detail)
      if (missing) {
        for (const kind of missing[1].split(/,\s*/)) if (isDocumentKind(kind)) documentErrors[kind] = "documentRequired"
      }
      // "upload X was not found", or "upload X is a public picture" (registration documents are private uploads).
      const lost = /upload\s+(\S+)\s+(?:was not found|is a public)/i.exec(detail)
      const lostKind = lost ? documents.find((document) => document.upload_id === lost[1])?.kind : undefined
      if (lostKind) documentErrors[lostKind] = "documentMissing"
      else if (!missing) for (const { kind } of documents) documentErrors[kind] = "documentMissing"
    } else if ((REGISTRATION_FIELDS as readonly string[]).includes(field)) {
      fieldErrors[field as RegistrationField] = "invalid"
    }
  }
  const errors = { fieldErrors, documentErrors }
  return hasErrors(errors) ? errors : null
}

/** What the registration form's uploader gets back from its route handler. */
export type UploadAnswer =
  | { upload: { id: string; filename: string } }
  | { error: UploadErrorKey; message?: string }
export type UploadErrorKey = "session" | "required" | "fileType" | "fileSize" | "uploadFailed" | "unavailable"

/** Which upload error key a backend upload failure means ("files: 'x' is text/plain; allowed are …"). */
export function mapUploadApiError(message: string): "fileType" | "fileSize" | null {
  if (/allowed are/i.test(message)) return "fileType"
  if (/\bMB\b.*limit|larger than/i.test(message)) return "fileSize"
  return null
}

// ---------------------------------------------------------------------------------------------
// Status page

export type RegistrationStatusEvent = {
  id: string
  from_status: string | null
  to_status: string
  reason: string | null
  actor_type: string | null
  created_at: string
}

export type RegistrationDocumentSummary = { id: string; kind: string; filename: string }

/** One entry of GET /producer/registrations. */
export type RegistrationSummary = {
  id: string
  handle: string
  name_th: string | null
  name_en: string | null
  status: string
  status_reason: string | null
  submitted_at: string | null
  approved_at: string | null
  rejected_at: string | null
  suspended_at: string | null
  province_code: string | null
  status_events?: RegistrationStatusEvent[] | null
  documents?: RegistrationDocumentSummary[] | null
}

export type TimelineStep = "submitted" | "approved" | "rejected" | "suspended" | "reinstated" | "changed"

/** How a status change reads in the timeline. */
export function timelineStep(event: Pick<RegistrationStatusEvent, "from_status" | "to_status">): TimelineStep {
  if (event.to_status === "pending") return "submitted"
  if (event.to_status === "approved") return event.from_status === "suspended" ? "reinstated" : "approved"
  if (event.to_status === "rejected") return "rejected"
  if (event.to_status === "suspended") return "suspended"
  return "changed"
}

/** Status events oldest first (the backend returns them unordered). */
export function sortedEvents(events: RegistrationStatusEvent[] | null | undefined): RegistrationStatusEvent[] {
  return [...(events ?? [])].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))
}

/** Newest submission first, so what was just filed is on top. */
export function sortedRegistrations(registrations: RegistrationSummary[]): RegistrationSummary[] {
  const at = (r: RegistrationSummary) => Date.parse(r.submitted_at ?? "") || 0
  return [...registrations].sort((a, b) => at(b) - at(a))
}

// ---------------------------------------------------------------------------------------------
// Geography

export type GeoProvince = { code: string; name_th: string; name_en: string }
export type GeoDistrict = { code: string; name_th: string; name_en: string }
export type GeoSubdistrict = { code: string; name_th: string; name_en: string; postcode: string }
export type GeoSubdistrictLocation = GeoSubdistrict & { district: GeoDistrict; province: GeoProvince }

/** The store API path for a /api/geo/… request of the storefront, or null for anything else. */
export function geoBackendPath(segments: string[], postcode: string | null): string | null {
  const path = segments.join("/")
  if (path === "provinces") return "/store/geo/provinces"
  if (/^provinces\/\d{2}\/districts$/.test(path)) return `/store/geo/${path}`
  if (/^districts\/\d{4}\/subdistricts$/.test(path)) return `/store/geo/${path}`
  if (path === "subdistricts" && postcode && /^\d{5}$/.test(postcode)) return `/store/geo/subdistricts?postcode=${postcode}`
  return null
}
