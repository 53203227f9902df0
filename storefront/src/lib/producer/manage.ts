/**
 * Producer-portal management screens (team, group settings, CSV import): the backend's shapes,
 * form validation (field errors as message keys of Manage.errors.*), payloads for the
 * /producer/group, /producer/team and /producer/products/import routes, and the mapping of known
 * backend failures to localized message keys. Pure functions: no server-only imports.
 */

export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export function isMemberRole(value: unknown): value is MemberRole {
  return MEMBER_ROLES.includes(value as MemberRole)
}

// ---------------------------------------------------------------------------------------------
// Backend shapes (only what the screens read)

export type TeamMember = {
  id: string
  role: MemberRole | string
  producer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

export type TeamInvite = {
  id: string
  email: string
  role: MemberRole | string
  expires_at: string | null
  accepted_at: string | null
}

export type TeamAnswer = { members: TeamMember[]; invites: TeamInvite[] }

export type GroupPayout = {
  bank_code: string | null
  account_name: string | null
  account_number_masked: string | null
  promptpay_id_masked: string | null
}

export type GroupProfile = {
  id: string
  handle: string
  status: string
  role: string | null
  name_th: string | null
  name_en: string | null
  village_th: string | null
  village_en: string | null
  moo: number | null
  story_th: string | null
  story_en: string | null
  phone: string | null
  line_id: string | null
  email: string | null
  logo_url: string | null
  cover_url: string | null
  closed_from: string | null
  closed_until: string | null
  closure_note_th: string | null
  closure_note_en: string | null
  /** Owners only, masked by the backend. */
  payout?: GroupPayout
}

export type ImportRowError = { row: number; column: string; message: string }
export type ImportMode = "all" | "valid_only"
export const IMPORT_MODES: readonly ImportMode[] = ["all", "valid_only"]

/** The answer of POST /producer/products/import (201 or 400). */
export type ImportAnswer = {
  mode: ImportMode
  imported: number
  rows: number
  errors: ImportRowError[]
  product_ids?: string[]
  message?: string
}

/** The template's columns, in order (backend/src/api/producer/products/import/csv.ts). */
export const IMPORT_COLUMNS = [
  "handle",
  "title_th",
  "title_en",
  "description_th",
  "description_en",
  "category",
  "price_thb",
  "stock",
  "weight_g",
  "made_to_order_days",
  "status",
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]
export const OPTIONAL_IMPORT_COLUMNS: readonly ImportColumn[] = ["title_en", "description_th", "description_en", "made_to_order_days"]

export function isImportColumn(value: string): value is ImportColumn {
  return IMPORT_COLUMNS.includes(value as ImportColumn)
}

/** Thai banks by the code the backend stores (payout_bank_code). */
export const BANK_CODES = ["KBANK", "SCB", "BBL", "KTB", "BAY", "TTB", "GSB", "BAAC", "GHB", "KKP", "CIMBT", "UOBT", "LHFG", "TISCO", "ISBT"] as const
export type BankCode = (typeof BANK_CODES)[number]
export function isKnownBank(value: string | null | undefined): value is BankCode {
  return BANK_CODES.includes(value as BankCode)
}

// ---------------------------------------------------------------------------------------------
// Field errors and form states

/** Message keys (Manage.errors.*) for invalid fields. */
export type ManageErrorKey =
  | "required"
  | "tooShort"
  | "tooLong"
  | "email"
  | "phone"
  | "moo"
  | "lineId"
  | "role"
  | "bankCode"
  | "bankRequired"
  | "accountNumber"
  | "promptpay"
  | "date"
  | "untilAfterFrom"
  | "untilFuture"
  | "chooseFile"
  | "csvType"
  | "csvSize"

/** Message keys (Manage.apiErrors.*) for backend failures the screens know. */
export type ManageApiErrorKey = "lastOwner" | "alreadyMember" | "ownersOnly" | "notFound" | "unavailable"

type FormStateBase<Field extends string, Values> = {
  ok?: boolean
  /** A known failure, localized. */
  errorKey?: ManageApiErrorKey
  /** An unknown backend message, shown as a detail after a localized lead. */
  apiError?: string
  fieldErrors?: Partial<Record<Field, ManageErrorKey>>
  values?: Values
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
/** True when a field-error object names at least one field. */
export function hasErrors(errors: object | null | undefined): boolean {
  return !!errors && Object.keys(errors).length > 0
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

// ----- invite ---------------------------------------------------------------------------------

export type InviteValues = { email: string; role: string }
export type InviteFormState = FormStateBase<keyof InviteValues, InviteValues> & {
  /** The invite was created: `joined` when that email already had an account (joined at once). */
  invited?: { email: string; joined: boolean }
}

export function readInviteForm(form: FormData): InviteValues {
  return { email: text(form, "email").toLowerCase(), role: text(form, "role") || "staff" }
}

export function validateInvite(values: InviteValues): InviteFormState["fieldErrors"] {
  const errors: NonNullable<InviteFormState["fieldErrors"]> = {}
  if (!values.email) errors.email = "required"
  else if (!EMAIL_PATTERN.test(values.email) || values.email.length > 254) errors.email = "email"
  if (!isMemberRole(values.role)) errors.role = "role"
  return errors
}

/** State of the small per-row forms (change role, remove member, revoke invite). */
export type RowActionState = { ok?: boolean; errorKey?: ManageApiErrorKey; apiError?: string }

// ----- group profile --------------------------------------------------------------------------

export const PROFILE_FIELDS = [
  "name_th",
  "name_en",
  "village_th",
  "village_en",
  "moo",
  "story_th",
  "story_en",
  "phone",
  "line_id",
  "email",
] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]
export type ProfileValues = Record<ProfileField, string>
export type ProfileFormState = FormStateBase<ProfileField, ProfileValues>

export function profileValuesOf(group: GroupProfile): ProfileValues {
  const out = {} as ProfileValues
  for (const field of PROFILE_FIELDS) {
    const value = group[field]
    out[field] = value === null || value === undefined ? "" : String(value)
  }
  return out
}

export function readProfileForm(form: FormData): ProfileValues {
  const out = {} as ProfileValues
  for (const field of PROFILE_FIELDS) out[field] = text(form, field)
  out.phone = out.phone.replace(/[\s-]/g, "")
  out.email = out.email.toLowerCase()
  return out
}

const MAX_LENGTH: Partial<Record<ProfileField, number>> = {
  name_th: 200,
  name_en: 200,
  village_th: 200,
  village_en: 200,
  story_th: 4000,
  story_en: 4000,
  line_id: 60,
  email: 254,
}

export function validateProfile(values: ProfileValues): ProfileFormState["fieldErrors"] {
  const errors: NonNullable<ProfileFormState["fieldErrors"]> = {}
  for (const name of ["name_th", "name_en"] as const) {
    if (!values[name]) errors[name] = "required"
    else if (values[name].length < 2) errors[name] = "tooShort"
  }
  for (const [name, max] of Object.entries(MAX_LENGTH) as [ProfileField, number][]) {
    if (!errors[name] && values[name].length > max) errors[name] = "tooLong"
  }
  if (values.moo && (!/^\d{1,2}$/.test(values.moo) || Number(values.moo) < 1)) errors.moo = "moo"
  if (values.phone && !/^0\d{8,9}$/.test(values.phone)) errors.phone = "phone"
  if (values.email && !errors.email && !EMAIL_PATTERN.test(values.email)) errors.email = "email"
  return errors
}

/** The body of POST /producer/group for valid profile values: empty optional fields are cleared (null). */
export function profilePayload(values: ProfileValues) {
  const orNull = (value: string) => (value ? value : null)
  return {
    name_th: values.name_th,
    name_en: values.name_en,
    village_th: orNull(values.village_th),
    village_en: orNull(values.village_en),
    moo: values.moo ? Number.parseInt(values.moo, 10) : null,
    story_th: orNull(values.story_th),
    story_en: orNull(values.story_en),
    phone: orNull(values.phone),
    line_id: orNull(values.line_id),
    email: orNull(values.email),
  }
}

// ----- payout ---------------------------------------------------------------------------------

export type PayoutValues = {
  bank_code: string
  account_name: string
  /** Empty: keep the current number. */
  account_number: string
  /** Empty: keep the current PromptPay ID. */
  promptpay_id: string
  clear_account: boolean
  clear_promptpay: boolean
}
export type PayoutField = "bank_code" | "account_name" | "account_number" | "promptpay_id"
export type PayoutFormState = FormStateBase<PayoutField, PayoutValues>

export function readPayoutForm(form: FormData): PayoutValues {
  const checked = (name: string) => ["on", "true"].includes(String(form.get(name) ?? ""))
  return {
    bank_code: text(form, "bank_code").toUpperCase(),
    account_name: text(form, "account_name"),
    account_number: text(form, "account_number").replace(/\s/g, ""),
    promptpay_id: text(form, "promptpay_id").replace(/[\s-]/g, ""),
    clear_account: checked("clear_account"),
    clear_promptpay: checked("clear_promptpay"),
  }
}

export function validatePayout(values: PayoutValues): PayoutFormState["fieldErrors"] {
  const errors: NonNullable<PayoutFormState["fieldErrors"]> = {}
  if (values.bank_code && !/^[A-Z]{2,10}$/.test(values.bank_code)) errors.bank_code = "bankCode"
  if (values.account_name.length > 200) errors.account_name = "tooLong"
  if (values.account_number && !values.clear_account) {
    const digits = values.account_number.replace(/-/g, "")
    if (!/^\d[\d-]{8,14}\d$/.test(values.account_number) || digits.length < 10 || digits.length > 12) {
      errors.account_number = "accountNumber"
    } else if (!values.bank_code) {
      errors.bank_code = "bankRequired"
    }
  }
  if (values.promptpay_id && !values.clear_promptpay && !/^(0\d{9}|\d{13})$/.test(values.promptpay_id)) {
    errors.promptpay_id = "promptpay"
  }
  return errors
}

/** The body of POST /producer/group: numbers left empty are kept, ticked "remove" boxes clear them. */
export function payoutPayload(values: PayoutValues) {
  const body: Record<string, string | null> = {
    payout_bank_code: values.bank_code || null,
    payout_account_name: values.account_name || null,
  }
  if (values.clear_account) body.payout_account_number = null
  else if (values.account_number) body.payout_account_number = values.account_number
  if (values.clear_promptpay) body.payout_promptpay_id = null
  else if (values.promptpay_id) body.payout_promptpay_id = values.promptpay_id
  return body
}

// ----- temporary closure ----------------------------------------------------------------------

export const SHOP_TIME_ZONE = "Asia/Bangkok"
export type ClosureValues = { closed_from: string; closed_until: string; note_th: string; note_en: string }
export type ClosureField = keyof ClosureValues
export type ClosureFormState = FormStateBase<ClosureField, ClosureValues> & { reopened?: boolean }

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** A YYYY-MM-DD that is a real calendar day. */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/** The shop's calendar day (YYYY-MM-DD in Bangkok) of an instant. */
export function bangkokDay(value: Date | string | number): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(value),
  )
}

/** Midnight at the start of a Bangkok calendar day, as an ISO instant (Thailand has no DST: UTC+7). */
export function bangkokMidnight(day: string): string {
  return new Date(`${day}T00:00:00+07:00`).toISOString()
}

export function closureValuesOf(group: Pick<GroupProfile, "closed_from" | "closed_until" | "closure_note_th" | "closure_note_en">): ClosureValues {
  return {
    closed_from: group.closed_from ? bangkokDay(group.closed_from) : "",
    closed_until: group.closed_until ? bangkokDay(group.closed_until) : "",
    note_th: group.closure_note_th ?? "",
    note_en: group.closure_note_en ?? "",
  }
}

export function readClosureForm(form: FormData): ClosureValues {
  return {
    closed_from: text(form, "closed_from"),
    closed_until: text(form, "closed_until"),
    note_th: text(form, "note_th"),
    note_en: text(form, "note_en"),
  }
}

/**
 * Both days are needed; the group reopens (closed_until) after it closes (closed_from), and
 * not today or earlier (such a closure would already be over).
 */
export function validateClosure(values: ClosureValues, now: Date = new Date()): ClosureFormState["fieldErrors"] {
  const errors: NonNullable<ClosureFormState["fieldErrors"]> = {}
  if (!values.closed_from) errors.closed_from = "required"
  else if (!isCalendarDay(values.closed_from)) errors.closed_from = "date"
  if (!values.closed_until) errors.closed_until = "required"
  else if (!isCalendarDay(values.closed_until)) errors.closed_until = "date"
  if (!errors.closed_from && !errors.closed_until) {
    if (values.closed_until <= values.closed_from) errors.closed_until = "untilAfterFrom"
    else if (values.closed_until <= bangkokDay(now)) errors.closed_until = "untilFuture"
  }
  if (values.note_th.length > 500) errors.note_th = "tooLong"
  if (values.note_en.length > 500) errors.note_en = "tooLong"
  return errors
}

/** Closed from the start of the first day until the start of the reopening day (Bangkok time). */
export function closurePayload(values: ClosureValues) {
  return {
    closed_from: bangkokMidnight(values.closed_from),
    closed_until: bangkokMidnight(values.closed_until),
    closure_note_th: values.note_th || null,
    closure_note_en: values.note_en || null,
  }
}

export const REOPEN_PAYLOAD = { closed_from: null, closed_until: null, closure_note_th: null, closure_note_en: null }

export type ClosureStatus = "open" | "scheduled" | "closed"

/** Same rule as the backend (closed while closed_from <= now < closed_until). */
export function closureStatus(group: Pick<GroupProfile, "closed_from" | "closed_until">, now: Date = new Date()): ClosureStatus {
  if (!group.closed_from || !group.closed_until) return "open"
  const from = new Date(group.closed_from).getTime()
  const until = new Date(group.closed_until).getTime()
  if (now.getTime() >= until) return "open"
  return now.getTime() >= from ? "closed" : "scheduled"
}

// ----- CSV import -----------------------------------------------------------------------------

export const CSV_MAX_BYTES = 2 * 1024 * 1024
export type ImportFormState = {
  fieldErrors?: Partial<Record<"file" | "mode", ManageErrorKey>>
  errorKey?: ManageApiErrorKey
  apiError?: string
  /** The backend's verdict (imported or refused), with the file's name. */
  result?: ImportAnswer & { fileName: string }
}

const BOM = [0xef, 0xbb, 0xbf]

/** The bytes with a UTF-8 byte-order mark in front (once), so spreadsheet programs read Thai text. */
export function withBom(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte)) return bytes
  const out = new Uint8Array(bytes.length + 3)
  out.set(BOM, 0)
  out.set(bytes, 3)
  return out
}

export type FileInfo = { name: string; size: number; type: string } | null

export function validateImport(file: FileInfo, mode: string): ImportFormState["fieldErrors"] {
  const errors: NonNullable<ImportFormState["fieldErrors"]> = {}
  if (!file || file.size === 0) errors.file = "chooseFile"
  else if (!/\.csv$/i.test(file.name) && !["text/csv", "application/vnd.ms-excel"].includes(file.type)) errors.file = "csvType"
  else if (file.size > CSV_MAX_BYTES) errors.file = "csvSize"
  if (!IMPORT_MODES.includes(mode as ImportMode)) errors.mode = "required"
  return errors
}

export function isImportAnswer(value: unknown): value is ImportAnswer {
  const v = value as ImportAnswer | null
  return !!v && typeof v === "object" && IMPORT_MODES.includes(v.mode) && typeof v.imported === "number" && Array.isArray(v.errors)
}

export type ImportSummary = {
  mode: ImportMode
  imported: number
  rows: number
  /** Rows with at least one problem (not imported). */
  badRows: number
  /** Rows that were fine but not imported because of the mode ("all" with errors). */
  heldBack: number
  /** A problem with the whole file (missing columns, not CSV, no rows). */
  fileLevel: boolean
}

export function summarizeImport(answer: ImportAnswer): ImportSummary {
  const bad = new Set(answer.errors.filter((e) => e.row > 0).map((e) => e.row))
  const fileLevel = answer.errors.some((e) => e.row <= 0)
  return {
    mode: answer.mode,
    imported: answer.imported,
    rows: answer.rows,
    badRows: bad.size,
    heldBack: fileLevel ? 0 : Math.max(0, answer.rows - bad.size - answer.imported),
    fileLevel,
  }
}

/** File-level backend messages the screen says in the user's language (Manage.import.fileErrors.*). */
export function fileErrorKey(error: ImportRowError): "emptyFile" | "notCsv" | "missingColumns" | null {
  if (error.row > 0) return null
  if (/no product rows/i.test(error.message)) return "emptyFile"
  if (/not valid CSV/i.test(error.message)) return "notCsv"
  if (/missing column/i.test(error.message)) return "missingColumns"
  return null
}

// ----- backend failures -----------------------------------------------------------------------

/** Known failures of the team and group routes, as message keys; null → show the backend's message. */
export function apiErrorKey(status: number, message: string): ManageApiErrorKey | null {
  if (/at least one owner/i.test(message)) return "lastOwner"
  if (/already a member/i.test(message)) return "alreadyMember"
  if (status === 403) return "ownersOnly"
  if (status === 404) return "notFound"
  if (status >= 500) return "unavailable"
  return null
}

/**
 * The backend's validation answer ("field: message; field: message") as field errors of a form,
 * for the fields the form has; null when some part cannot be placed on a field.
 */
export function fieldErrorsFromApi<Field extends string>(
  message: string,
  mapping: Record<string, { field: Field; key: ManageErrorKey }>,
): Partial<Record<Field, ManageErrorKey>> | null {
  const errors: Partial<Record<Field, ManageErrorKey>> = {}
  for (const part of message.split(/;\s*/)) {
    const match = /^([\w.]+):/.exec(part)
    const target = match ? mapping[match[1]] : undefined
    if (!target) return null
    errors[target.field] = target.key
  }
  return hasErrors(errors) ? errors : null
}

export const PROFILE_API_FIELDS: Record<string, { field: ProfileField; key: ManageErrorKey }> = {
  name_th: { field: "name_th", key: "tooShort" },
  name_en: { field: "name_en", key: "tooShort" },
  village_th: { field: "village_th", key: "tooLong" },
  village_en: { field: "village_en", key: "tooLong" },
  moo: { field: "moo", key: "moo" },
  story_th: { field: "story_th", key: "tooLong" },
  story_en: { field: "story_en", key: "tooLong" },
  phone: { field: "phone", key: "phone" },
  line_id: { field: "line_id", key: "tooLong" },
  email: { field: "email", key: "email" },
}

export const PAYOUT_API_FIELDS: Record<string, { field: PayoutField; key: ManageErrorKey }> = {
  payout_bank_code: { field: "bank_code", key: "bankCode" },
  payout_account_name: { field: "account_name", key: "tooLong" },
  payout_account_number: { field: "account_number", key: "accountNumber" },
  payout_promptpay_id: { field: "promptpay_id", key: "promptpay" },
}

export const CLOSURE_API_FIELDS: Record<string, { field: ClosureField; key: ManageErrorKey }> = {
  closed_from: { field: "closed_from", key: "date" },
  closed_until: { field: "closed_until", key: "untilAfterFrom" },
  closure_note_th: { field: "note_th", key: "tooLong" },
  closure_note_en: { field: "note_en", key: "tooLong" },
}

export const INVITE_API_FIELDS: Record<string, { field: keyof InviteValues; key: ManageErrorKey }> = {
  email: { field: "email", key: "email" },
  role: { field: "role", key: "role" },
}

/** A member's display name: first + last name, else the email. */
export function memberName(member: TeamMember): string {
  const p = member.producer
  if (!p) return "–"
  return [p.first_name, p.last_name].filter(Boolean).join(" ") || p.email
}

/** Owners first, then by name. */
export function sortMembers(members: TeamMember[]): TeamMember[] {
  return [...members].sort((a, b) => {
    if (a.role !== b.role) return a.role === "owner" ? -1 : 1
    return memberName(a).localeCompare(memberName(b), "th")
  })
}

export function ownerCount(members: TeamMember[]): number {
  return members.filter((m) => m.role === "owner").length
}
