/**
 * Customer forms (sign-up, saved address, review): reading, checking, and the mapping of the
 * backend's answers to message keys under Account.errors. Pure, so the client and the server
 * actions run the very same checks.
 */
import { normalizePhone } from "@/lib/producer/registration"

export const PASSWORD_MIN_LENGTH = 8
export const REVIEW_BODY_MIN = 10
export const REVIEW_BODY_MAX = 3000
export const REVIEW_TITLE_MAX = 120

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE_PATTERN = /^0\d{8,9}$/
const POSTCODE_PATTERN = /^\d{5}$/
const SUBDISTRICT_PATTERN = /^\d{6}$/
/** Passwords people pick first; refused even when long enough. */
const COMMON_PASSWORDS = new Set(["password", "password1", "12345678", "123456789", "1234567890", "qwerty123", "11111111", "abc12345", "iloveyou1"])

/** Message keys under Account.errors. */
export type AccountErrorKey =
  | "required"
  | "tooLong"
  | "email"
  | "emailTaken"
  | "phone"
  | "passwordShort"
  | "passwordWeak"
  | "postcode"
  | "postcodeMismatch"
  | "subdistrict"
  | "rating"
  | "reviewShort"
  | "reviewLong"
  | "invalid"

type Errors<F extends string> = Partial<Record<F, AccountErrorKey>>

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

// ---------------------------------------------------------------------------------------------
// Sign-up

export type RegisterValues = { first_name: string; last_name: string; email: string; phone: string }
export type RegisterField = keyof RegisterValues | "password"

export type RegisterState = {
  fieldErrors?: Errors<RegisterField>
  /** A failure of the whole form, a key under Account.register. */
  errorKey?: "emailTaken" | "unavailable" | "fixErrors"
  values?: RegisterValues
}

export function readRegisterForm(form: FormData): RegisterValues & { password: string } {
  return {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    email: text(form, "email").toLowerCase(),
    phone: normalizePhone(text(form, "phone")),
    password: String(form.get("password") ?? ""),
  }
}

/** Why a password is too weak, or null: at least 8 characters, letters and digits, not a common one. */
export function passwordProblem(password: string, email = ""): "required" | "passwordShort" | "passwordWeak" | null {
  if (!password) return "required"
  if (password.length < PASSWORD_MIN_LENGTH) return "passwordShort"
  const lower = password.toLowerCase()
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return "passwordWeak"
  if (COMMON_PASSWORDS.has(lower)) return "passwordWeak"
  const local = email.split("@")[0]?.toLowerCase()
  if (local && local.length >= 4 && lower.includes(local)) return "passwordWeak"
  return null
}

export function validateRegister(values: RegisterValues & { password: string }): Errors<RegisterField> {
  const errors: Errors<RegisterField> = {}
  if (!values.first_name) errors.first_name = "required"
  else if (values.first_name.length > 100) errors.first_name = "tooLong"
  if (!values.last_name) errors.last_name = "required"
  else if (values.last_name.length > 100) errors.last_name = "tooLong"
  if (!values.email) errors.email = "required"
  else if (!EMAIL_PATTERN.test(values.email)) errors.email = "email"
  // The phone is optional at sign-up (each address has its own).
  if (values.phone && !PHONE_PATTERN.test(values.phone)) errors.phone = "phone"
  const password = passwordProblem(values.password, values.email)
  if (password) errors.password = password
  return errors
}

// ---------------------------------------------------------------------------------------------
// Saved addresses

export type AddressValues = {
  first_name: string
  last_name: string
  phone: string
  /** House number, village (moo), soi and road. */
  address_1: string
  subdistrict_code: string
  postcode: string
}
export type AddressField = keyof AddressValues

export type AddressState = {
  fieldErrors?: Errors<AddressField>
  errorKey?: "unavailable" | "fixErrors" | "notFound"
  values?: AddressValues
}

export function readAddressForm(form: FormData): AddressValues {
  return {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    phone: normalizePhone(text(form, "phone")),
    address_1: text(form, "address_1"),
    subdistrict_code: text(form, "subdistrict_code"),
    postcode: text(form, "postcode"),
  }
}

export function validateAddress(values: AddressValues): Errors<AddressField> {
  const errors: Errors<AddressField> = {}
  for (const field of ["first_name", "last_name", "address_1"] as const) {
    if (!values[field]) errors[field] = "required"
    else if (values[field].length > 200) errors[field] = "tooLong"
  }
  if (!values.phone) errors.phone = "required"
  else if (!PHONE_PATTERN.test(values.phone)) errors.phone = "phone"
  if (!values.postcode) errors.postcode = "required"
  else if (!POSTCODE_PATTERN.test(values.postcode)) errors.postcode = "postcode"
  if (!values.subdistrict_code) errors.subdistrict_code = "required"
  else if (!SUBDISTRICT_PATTERN.test(values.subdistrict_code)) errors.subdistrict_code = "subdistrict"
  return errors
}

/** A subdistrict as GET /store/geo/subdistricts/:code answers it. */
export type SubdistrictPlace = {
  code: string
  name_th: string
  postcode: string
  district: { code: string; name_th: string }
  province: { code: string; name_th: string }
}

/**
 * The Medusa address for a checked form and its subdistrict, the way the checkout stores Thai
 * addresses: `province` is the 2-digit DOPA code, `city` the district, `address_2` the
 * subdistrict (Thai names, what Thailand Post reads); the codes are kept in metadata so the
 * pickers can be filled again.
 */
export function addressPayload(values: AddressValues, place: SubdistrictPlace) {
  return {
    first_name: values.first_name,
    last_name: values.last_name,
    phone: values.phone,
    address_1: values.address_1,
    address_2: place.name_th,
    city: place.district.name_th,
    province: place.province.code,
    postal_code: values.postcode,
    country_code: "th",
    metadata: { subdistrict_code: place.code, district_code: place.district.code },
  }
}

// ---------------------------------------------------------------------------------------------
// Reviews

export type ReviewValues = { rating: number; title: string; body: string }
export type ReviewField = keyof ReviewValues

export type ReviewState = {
  fieldErrors?: Errors<ReviewField>
  errorKey?: "unavailable" | "notDelivered" | "fixErrors"
  values?: { rating: string; title: string; body: string }
  /** Set when the review was saved: it waits for moderation. */
  saved?: boolean
}

export function readReviewForm(form: FormData): { rating: string; title: string; body: string } {
  return { rating: text(form, "rating"), title: text(form, "title"), body: text(form, "body") }
}

export function validateReview(raw: { rating: string; title: string; body: string }): { values?: ReviewValues; errors: Errors<ReviewField> } {
  const errors: Errors<ReviewField> = {}
  const rating = Number(raw.rating)
  if (!raw.rating || !Number.isInteger(rating) || rating < 1 || rating > 5) errors.rating = "rating"
  if (raw.title.length > REVIEW_TITLE_MAX) errors.title = "tooLong"
  if (!raw.body) errors.body = "required"
  else if ([...raw.body].length < REVIEW_BODY_MIN) errors.body = "reviewShort"
  else if (raw.body.length > REVIEW_BODY_MAX) errors.body = "reviewLong"
  if (Object.keys(errors).length) return { errors }
  return { values: { rating, title: raw.title, body: raw.body }, errors }
}
