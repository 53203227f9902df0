/** Checks of the checkout's contact and address form (shared by the server action and its tests). */

export const ADDRESS_FIELDS = ["email", "first_name", "last_name", "phone", "address_1", "subdistrict_code", "postcode"] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]

export type AddressValues = Record<AddressField, string>

/** A field's problem: a message key of Checkout.errors, with its values. */
export type FieldError = { key: "email" | "first_name" | "last_name" | "phone" | "address_1" | "subdistrict_code" | "postcode" | "postcodeMismatch"; values?: Record<string, string> }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/**
 * A Thai phone number as 10 digits starting with 0 (mobile 06/08/09, or a 9-digit landline
 * 02…), from what people type: spaces, dashes, or +66.
 */
export function normalizeThaiPhone(raw: string): string | null {
  let digits = raw.replace(/[\s\-().]/g, "")
  if (digits.startsWith("+66")) digits = `0${digits.slice(3)}`
  else if (digits.startsWith("66") && digits.length === 11) digits = `0${digits.slice(2)}`
  if (/^0[689]\d{8}$/.test(digits)) return digits
  if (/^0[2-7]\d{7}$/.test(digits)) return digits
  return null
}

export function readAddressForm(form: FormData | Record<string, unknown>): AddressValues {
  const get = (name: string) => {
    const value = form instanceof FormData ? form.get(name) : form[name]
    return typeof value === "string" ? value.trim() : ""
  }
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, get(field)])) as AddressValues
}

/** Problems of the values on their own (the postcode against the subdistrict is checked with the geo data). */
export function checkAddress(values: AddressValues): Partial<Record<AddressField, FieldError>> {
  const errors: Partial<Record<AddressField, FieldError>> = {}
  if (!EMAIL.test(values.email) || values.email.length > 200) errors.email = { key: "email" }
  if (!values.first_name || values.first_name.length > 100) errors.first_name = { key: "first_name" }
  if (!values.last_name || values.last_name.length > 100) errors.last_name = { key: "last_name" }
  if (!normalizeThaiPhone(values.phone)) errors.phone = { key: "phone" }
  if (values.address_1.length < 2 || values.address_1.length > 300) errors.address_1 = { key: "address_1" }
  if (!/^\d{6}$/.test(values.subdistrict_code)) errors.subdistrict_code = { key: "subdistrict_code" }
  if (!/^\d{5}$/.test(values.postcode)) errors.postcode = { key: "postcode" }
  return errors
}

export type GeoPlace = {
  code: string
  name_th: string
  name_en: string
  postcode: string
  district: { code: string; name_th: string; name_en: string }
  province: { code: string; name_th: string; name_en: string }
}

/** The postcode must be the subdistrict's: a parcel with a wrong one goes astray. */
export function postcodeMismatch(values: AddressValues, place: GeoPlace, locale: "th" | "en"): FieldError | null {
  if (place.postcode === values.postcode) return null
  const name = locale === "en" ? place.name_en || place.name_th : place.name_th
  return { key: "postcodeMismatch", values: { postcode: values.postcode, subdistrict: name, expected: place.postcode } }
}

/**
 * Medusa's address for Thailand Post: house/road on line 1, the subdistrict on line 2, the
 * district as city, the province by name (what a parcel label needs); the codes go to metadata.
 */
export function toMedusaAddress(values: AddressValues, place: GeoPlace) {
  return {
    first_name: values.first_name,
    last_name: values.last_name,
    phone: normalizeThaiPhone(values.phone) ?? values.phone,
    address_1: values.address_1,
    address_2: place.name_th,
    city: place.district.name_th,
    province: place.province.name_th,
    postal_code: values.postcode,
    country_code: "th",
    metadata: {
      subdistrict_code: place.code,
      district_code: place.district.code,
      province_code: place.province.code,
    },
  }
}
