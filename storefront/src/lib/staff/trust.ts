/**
 * Trust data on the CDD staff desk (certification queue, grade entry, open-data CSV import): the
 * pure rules the screens use — reading the list filters from the URL, when a certification may be
 * decided, form checks, backend errors mapped to what the form shows, and the CSV template.
 * No server or browser APIs here, so Jest tests it directly.
 */
import type { AppLocale } from "@/i18n/routing"
import {
  CERTIFICATION_STATUSES,
  IMPORT_REJECT_CODES,
  type CertificationStatus,
  type GradeImportResult,
  type ImportRejectCode,
  type LocalizedText,
  type StaffCertification,
} from "./trust-types"

export const TRUST_PAGE_SIZE = 20
export const REASON_MAX_LENGTH = 2000

type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ""
}

function pageOf(value: string | string[] | undefined): number {
  const page = Number.parseInt(first(value) || "1", 10)
  return Number.isFinite(page) && page > 0 ? page : 1
}

export function localized(text: LocalizedText | null | undefined, locale: AppLocale): string {
  if (!text) return ""
  return (locale === "en" ? text.en || text.th : text.th || text.en) ?? ""
}

export function isCertificationStatus(value: unknown): value is CertificationStatus {
  return typeof value === "string" && (CERTIFICATION_STATUSES as readonly string[]).includes(value)
}

// ---------------------------------------------------------------------------------------------
// Certification queue

export type QueueParams = { status: CertificationStatus; scheme: string; province: string; q: string; page: number }

const SCHEME_CODE = /^[a-z0-9_]{2,40}$/

/**
 * Reads ?status=&scheme=&province=&q=&page=. Pending is the default tab; a province outside the
 * officer's choices, or a scheme that is not one of `schemeCodes` (when they are known), is ignored.
 */
export function parseQueueParams(searchParams: SearchParams, provinceOptions: string[], schemeCodes: string[] | null): QueueParams {
  const status = first(searchParams.status)
  const scheme = first(searchParams.scheme)
  const province = first(searchParams.province)
  return {
    status: isCertificationStatus(status) ? status : "pending",
    scheme: SCHEME_CODE.test(scheme) && (!schemeCodes || schemeCodes.includes(scheme)) ? scheme : "",
    province: /^\d{2}$/.test(province) && provinceOptions.includes(province) ? province : "",
    q: first(searchParams.q).trim().slice(0, 100),
    page: pageOf(searchParams.page),
  }
}

/** The query of a queue link: only what differs from the defaults. */
export function queueQuery(params: Partial<QueueParams>): Record<string, string> {
  const query: Record<string, string> = {}
  if (params.status && params.status !== "pending") query.status = params.status
  if (params.scheme) query.scheme = params.scheme
  if (params.province) query.province = params.province
  if (params.q) query.q = params.q
  if (params.page && params.page > 1) query.page = String(params.page)
  return query
}

/** Why the Verify button is disabled (message keys), or null when the certification can be verified. */
export type VerifyBlock = "draft" | "decided" | "expired"

export function verifyBlock(certification: Pick<StaffCertification, "status" | "document_file_id" | "expires_at">, now: Date = new Date()): VerifyBlock | null {
  if (certification.status === "draft" || !certification.document_file_id) return "draft"
  if (certification.status !== "pending") return "decided"
  if (certification.expires_at && new Date(certification.expires_at).getTime() <= now.getTime()) return "expired"
  return null
}

/** A pending certification with its document can be rejected (even an expired one); drafts and decided ones cannot. */
export function canReject(certification: Pick<StaffCertification, "status" | "document_file_id">): boolean {
  return certification.status === "pending" && Boolean(certification.document_file_id)
}

/** The issuer's public look-up page (`{number}` replaced when the site accepts it); only http(s) links. */
export function lookupHref(url: string | null | undefined, number: string | null | undefined): string | null {
  if (!url) return null
  const href = url.replace(/\{number\}/g, encodeURIComponent(number ?? ""))
  try {
    const parsed = new URL(href)
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null
  } catch {
    return null
  }
}

/** The storefront path streaming a certification's document (opened in a new tab). */
export function certificationDocumentHref(certificationId: string, locale: string): string {
  return `/api/staff/certifications/${encodeURIComponent(certificationId)}/document?locale=${locale}`
}

/** Scheme-specific details as label/value pairs: text, numbers and lists of them; anything else is left out. */
export function detailEntries(details: Record<string, unknown> | null | undefined): [string, string][] {
  if (!details || typeof details !== "object") return []
  const entries: [string, string][] = []
  for (const [key, value] of Object.entries(details)) {
    const simple = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean"
    let text = ""
    if (simple(value)) text = String(value).trim()
    else if (Array.isArray(value) && value.every(simple)) text = value.map(String).filter((v) => v.trim()).join(", ")
    if (text) entries.push([key, text])
  }
  return entries
}

export type DecisionKind = "verify" | "reject"

export function isDecisionKind(value: unknown): value is DecisionKind {
  return value === "verify" || value === "reject"
}

export type ReasonErrorKey = "reasonRequired" | "reasonTooLong"

/** Rejecting needs a reason (the producer is told it); verifying does not. */
export function validateDecisionReason(kind: DecisionKind, reason: string): ReasonErrorKey | undefined {
  const trimmed = reason.trim()
  if (kind === "reject" && !trimmed) return "reasonRequired"
  if (trimmed.length > REASON_MAX_LENGTH) return "reasonTooLong"
  return undefined
}

export type CertificationDecisionState = {
  fieldErrors?: { reason?: ReasonErrorKey }
  errorKey?: "notFound" | "draft" | "expired" | "decided" | "invalid" | "unavailable"
  apiError?: string
}

/** Turns the backend's error answer of a verify/reject into what the form shows. */
export function certificationDecisionError(status: number, message: string): CertificationDecisionState {
  if (status === 404) return { errorKey: "notFound" }
  if (/^reason:/i.test(message)) return { fieldErrors: { reason: "reasonRequired" } }
  if (/draft/i.test(message)) return { errorKey: "draft" }
  if (/expired/i.test(message)) return { errorKey: "expired" }
  if (/already (verified|rejected|expired|pending)/i.test(message)) return { errorKey: "decided" }
  if (status >= 400 && status < 500) return { errorKey: "invalid", apiError: message }
  return { errorKey: "unavailable" }
}

// ---------------------------------------------------------------------------------------------
// Grades

/** The oldest selection round the backend accepts (OTOP Product Champion started in 2546). */
export const FIRST_ROUND_BE = 2546

/** This year in the Buddhist era, in Bangkok (a round may be announced for next year). */
export function currentYearBe(now: Date = new Date()): number {
  const year = Number(new Intl.DateTimeFormat("en-US-u-ca-gregory", { timeZone: "Asia/Bangkok", year: "numeric" }).format(now))
  return year + 543
}

export type RoundErrorKey = "roundRequired" | "roundRange" | "roundIsCe"

/** A selection round as a BE year: 4 digits between 2546 and next year; a CE year gets its own hint. */
export function validateRoundBe(value: string, now: Date = new Date()): RoundErrorKey | undefined {
  const text = value.trim()
  if (!text) return "roundRequired"
  if (!/^\d{4}$/.test(text)) return "roundRange"
  const year = Number(text)
  if (year >= 1990 && year < FIRST_ROUND_BE - 543 + 100) return "roundIsCe"
  if (year < FIRST_ROUND_BE || year > currentYearBe(now) + 1) return "roundRange"
  return undefined
}

export type GradeFormValues = {
  stars: string
  round_be: string
  score: string
  certificate_number: string
  announced_at: string
}

export type GradeField = keyof GradeFormValues

export type GradeErrorKey =
  | RoundErrorKey
  | "roundTaken"
  | "starsRequired"
  | "scoreRange"
  | "certificateTooLong"
  | "dateInvalid"
  | "dateFuture"

export type GradeErrors = Partial<Record<GradeField, GradeErrorKey>>

export type GradeFormState = {
  values?: GradeFormValues
  fieldErrors?: GradeErrors
  errorKey?: "notFound" | "invalid" | "unavailable"
  apiError?: string
}

export const CERTIFICATE_NUMBER_MAX = 60

export function readGradeForm(form: FormData): GradeFormValues {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  return {
    stars: text("stars"),
    round_be: text("round_be"),
    score: text("score"),
    certificate_number: text("certificate_number"),
    announced_at: text("announced_at"),
  }
}

/** YYYY-MM-DD of today in Bangkok. */
function bangkokToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

export function validateGradeForm(values: GradeFormValues, now: Date = new Date()): GradeErrors {
  const errors: GradeErrors = {}
  if (!/^[1-5]$/.test(values.stars)) errors.stars = "starsRequired"
  const round = validateRoundBe(values.round_be, now)
  if (round) errors.round_be = round
  if (values.score) {
    const ok = /^\d{1,3}(\.\d{1,2})?$/.test(values.score) && Number(values.score) <= 100
    if (!ok) errors.score = "scoreRange"
  }
  if (values.certificate_number.length > CERTIFICATE_NUMBER_MAX) errors.certificate_number = "certificateTooLong"
  if (values.announced_at) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.announced_at)
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
    if (!match || !date || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
      errors.announced_at = "dateInvalid"
    } else if (values.announced_at > bangkokToday(now)) {
      errors.announced_at = "dateFuture"
    }
  }
  return errors
}

/** The body of POST /staff/products/:id/grades (only valid values: validate first). */
export function gradePayload(values: GradeFormValues) {
  return {
    round_be: Number(values.round_be),
    stars: Number(values.stars),
    ...(values.score ? { score: Number(values.score) } : {}),
    ...(values.certificate_number ? { certificate_number: values.certificate_number } : {}),
    ...(values.announced_at ? { announced_at: values.announced_at } : {}),
  }
}

const GRADE_FIELDS: GradeField[] = ["stars", "round_be", "score", "certificate_number", "announced_at"]

/** Turns the backend's error answer of a grade into what the form shows (a round already graded is a 422). */
export function gradeApiError(status: number, message: string): Omit<GradeFormState, "values"> {
  if (status === 404) return { errorKey: "notFound" }
  if (status === 422 || /already has a grade/i.test(message)) return { fieldErrors: { round_be: "roundTaken" } }
  const field = /^(\w+):/.exec(message)?.[1]
  if (status === 400 && field && (GRADE_FIELDS as string[]).includes(field)) {
    const key: Record<GradeField, GradeErrorKey> = {
      stars: "starsRequired",
      round_be: "roundRange",
      score: "scoreRange",
      certificate_number: "certificateTooLong",
      announced_at: "dateInvalid",
    }
    return { fieldErrors: { [field]: key[field as GradeField] } }
  }
  if (status >= 400 && status < 500) return { errorKey: "invalid", apiError: message }
  return { errorKey: "unavailable" }
}

/** "★★★★☆" for 4 stars (decorative; the number is always said in words next to it). */
export function starGlyphs(stars: number): string {
  const n = Math.max(0, Math.min(5, Math.round(stars)))
  return "★".repeat(n) + "☆".repeat(5 - n)
}

export type ProductSearchParams = { q: string; province: string; page: number }

export function parseProductSearchParams(searchParams: SearchParams, provinceOptions: string[]): ProductSearchParams {
  const province = first(searchParams.province)
  return {
    q: first(searchParams.q).trim().slice(0, 100),
    province: /^\d{2}$/.test(province) && provinceOptions.includes(province) ? province : "",
    page: pageOf(searchParams.page),
  }
}

export function productSearchQuery(params: Partial<ProductSearchParams>): Record<string, string> {
  const query: Record<string, string> = {}
  if (params.q) query.q = params.q
  if (params.province) query.province = params.province
  if (params.page && params.page > 1) query.page = String(params.page)
  return query
}

// ---------------------------------------------------------------------------------------------
// CDD open-data CSV import

/** The backend refuses files above this size. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024

const CSV_TYPES = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel", ""]

export type CsvFileErrorKey = "fileRequired" | "fileEmpty" | "fileTooLarge" | "fileNotCsv"

/** A CSV the backend can read: named .csv (or sent as text), not empty, at most 5 MB. */
export function checkCsvFile(file: { name: string; size: number; type: string } | null | undefined): CsvFileErrorKey | undefined {
  if (!file || !file.name) return "fileRequired"
  if (!/\.csv$/i.test(file.name) || !CSV_TYPES.includes(file.type.toLowerCase())) return "fileNotCsv"
  if (file.size === 0) return "fileEmpty"
  if (file.size > CSV_MAX_BYTES) return "fileTooLarge"
  return undefined
}

export type ImportErrorKey =
  | CsvFileErrorKey
  | RoundErrorKey
  | "missingColumns"
  | "invalidCsv"
  | "noRows"
  | "session"
  | "invalid"
  | "unavailable"

/** What the import route answers the browser: the result, or an error key (and the backend's detail). */
export type ImportAnswer = { result: GradeImportResult } | { error: ImportErrorKey; message?: string }

/** Maps the backend's refusal of a whole file to a message key; the detail (e.g. missing columns) is kept. */
export function importErrorKey(status: number, message: string): ImportErrorKey {
  if (status === 401) return "session"
  if (/^file: missing column/i.test(message)) return "missingColumns"
  if (/^file: the file is not valid CSV/i.test(message)) return "invalidCsv"
  if (/^file: the file has no rows/i.test(message)) return "noRows"
  if (/^file: larger than/i.test(message)) return "fileTooLarge"
  if (/^file: no CSV/i.test(message)) return "fileRequired"
  if (/^round_be/i.test(message)) return "roundRange"
  if (status >= 400 && status < 500) return "invalid"
  return "unavailable"
}

/** The message key of an unmatched row's reason ("other" for a reason this screen does not know yet). */
export function rejectReasonKey(code: string | undefined): ImportRejectCode | "other" {
  return code && (IMPORT_REJECT_CODES as readonly string[]).includes(code) ? (code as ImportRejectCode) : "other"
}

/** How many rows the file applies (dry run: would apply). */
export function appliedCount(result: Pick<GradeImportResult, "dry_run" | "applied" | "created" | "updated">): number {
  return result.dry_run ? result.applied.length : result.created + result.updated
}

/** The column headers of CDD's yearly OTOP Product Champion open data, as the import reads them. */
export const TEMPLATE_HEADERS = ["ชื่อผลิตภัณฑ์", "ชื่อผู้ผลิต", "จังหวัด", "ประเภทผลิตภัณฑ์", "ระดับดาว"] as const

const TEMPLATE_ROWS = [
  ["น้ำพริกหนุ่ม", "กลุ่มแม่บ้านเกษตรกรบ้านตัวอย่าง", "เชียงใหม่", "อาหาร", "5 ดาว"],
  ["ผ้าไหมมัดหมี่", "กลุ่มทอผ้าไหมบ้านตัวอย่าง", "สุรินทร์", "ผ้าและเครื่องแต่งกาย", "4 ดาว"],
]

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** The template: a UTF-8 BOM (so Excel reads Thai), the CDD headers and two example rows. */
export function templateCsv(): string {
  return "\uFEFF" + [TEMPLATE_HEADERS as readonly string[], ...TEMPLATE_ROWS].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}

// ---------------------------------------------------------------------------------------------
// Desk navigation

export const DESK_NAV = [
  { key: "registrations", href: "/staff" },
  { key: "certifications", href: "/staff/certifications" },
  { key: "grades", href: "/staff/grades" },
  { key: "import", href: "/staff/grades/import" },
] as const

export type DeskNavKey = (typeof DESK_NAV)[number]["key"]

/** Which desk section a path (without the locale) belongs to. */
export function activeDeskNav(pathname: string): DeskNavKey | null {
  const path = pathname.replace(/\/+$/, "") || "/"
  if (path.startsWith("/staff/grades/import")) return "import"
  if (path.startsWith("/staff/grades")) return "grades"
  if (path.startsWith("/staff/certifications")) return "certifications"
  if (path === "/staff" || path.startsWith("/staff/producer-groups")) return "registrations"
  return null
}
