/**
 * The product edit form of the producer portal: the form's values (from GET /producer/products/:id),
 * validation (field errors as message keys of Edit.errors.*), the body of POST
 * /producer/products/:id, and the mapping of the backend's field-path errors back to the form.
 * Pure functions: no server-only imports. Money stays a decimal string (integer satang to compare).
 */
import { satangToDecimalString, toSatang } from "@/lib/money"
import type { EditableProduct } from "./edit-types"
import { PRODUCT_CATEGORIES, type ProductCategory } from "./types"
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from "./validation"

export { PHOTO_MAX_BYTES, PHOTO_TYPES }

export type EditErrorKey =
  | "required"
  | "thaiFirst"
  | "tooLong"
  | "price"
  | "stock"
  | "weight"
  | "days"
  | "category"
  | "valueRequired"
  | "duplicateValue"
  | "optionRequired"
  | "variantsRequired"
  | "tooManyVariants"
  | "photoType"
  | "photoSize"
  | "tooManyPhotos"
  | "photoMissing"
  | "invalid"

export type EditPhoto =
  /** One of the product's current pictures. */
  | { kind: "current"; url: string }
  /** A picture uploaded in this edit (POST /producer/uploads), not yet part of the product. */
  | { kind: "upload"; id: string; url: string | null }

export type EditVariant = {
  /** A stable key for the row (the variant id, or "new-…"). */
  key: string
  /** The existing variant's id; null for a new variant. */
  id: string | null
  value_th: string
  value_en: string
  sku: string
  price: string
  stock: string
}

export type EditStatus = "published" | "draft"

export type EditValues = {
  title_th: string
  title_en: string
  subtitle_th: string
  subtitle_en: string
  description_th: string
  description_en: string
  category: string
  status: EditStatus
  weight_g: string
  made_to_order: boolean
  made_to_order_days: string
  option_th: string
  option_en: string
  variants: EditVariant[]
  photos: EditPhoto[]
}

/**
 * Field ids: "title_th", "category", …, "variants.<index>.price", "photos" (the list),
 * "photos.<index>" (one picture).
 */
export type EditFieldErrors = Record<string, EditErrorKey>

export type EditFormState = {
  fieldErrors?: EditFieldErrors
  /** The backend's own message, shown as a detail when no known failure matches. */
  apiError?: string
  errorKey?: "unavailable" | "notFound"
}

export type ArchiveState = { errorKey?: "unavailable" | "notFound"; apiError?: string }

export type UploadPhotoResult = {
  upload?: { id: string; url: string | null }
  errorKey?: "photoType" | "photoSize" | "unavailable"
  apiError?: string
}

export const MAX_PHOTOS = 12
export const MAX_VARIANTS = 50

const LIMITS = { title: 200, subtitle: 200, description: 5000, option: 60, value: 60, sku: 60 } as const
/** The backend's rule: baht with at most 7 digits and 2 decimals, more than zero. */
const PRICE_PATTERN = /^\d{1,7}(?:\.\d{1,2})?$/
const INTEGER_PATTERN = /^\d{1,9}$/

// ---------------------------------------------------------------------------------------------
// From the product

/** "129.5" / 129.5 → "129.50"; whole amounts without decimals ("250"). Exact, never via floats. */
export function priceInputValue(amount: number | string | null | undefined): string {
  if (amount === null || amount === undefined || amount === "") return ""
  try {
    return satangToDecimalString(toSatang(amount)).replace(/\.00$/, "")
  } catch {
    return ""
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : ""
}

export function isArchived(metadata: Record<string, unknown> | null | undefined): boolean {
  return typeof metadata?.archived_at === "string" && metadata.archived_at !== ""
}

/** The lead time of a made-to-order product in days, or null. */
export function madeToOrderDays(metadata: Record<string, unknown> | null | undefined): number | null {
  const raw = metadata?.made_to_order_days
  const days = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number.parseInt(raw, 10) : 0
  return days > 0 ? days : null
}

/** What the producer chose (an archived product counts as a draft until it is published again). */
export function chosenStatus(product: Pick<EditableProduct, "status" | "metadata">): EditStatus {
  if (isArchived(product.metadata)) return "draft"
  const chosen = product.metadata?.producer_status
  if (chosen === "published" || chosen === "draft") return chosen
  return product.status === "published" ? "published" : "draft"
}

/** The pictures in display order (by rank, then as listed). */
export function sortedImages(product: Pick<EditableProduct, "images">): { id: string; url: string }[] {
  return [...(product.images ?? [])]
    .map((image, index) => ({ image, index }))
    .sort((a, b) => (a.image.rank ?? a.index) - (b.image.rank ?? b.index) || a.index - b.index)
    .map(({ image }) => image)
}

/** The form's starting values for a product as GET /producer/products/:id sends it. */
export function editValuesFromProduct(product: EditableProduct): EditValues {
  const english = product.english ?? {}
  const en = (id: string | undefined, field: string) => (id ? text(english[id]?.[field]) : "")
  const option = product.options?.[0]
  const valueByTitle = new Map((option?.values ?? []).map((value) => [value.value, value.id]))
  const days = madeToOrderDays(product.metadata)
  const category = product.categories?.find((c) => PRODUCT_CATEGORIES.includes(c.handle as ProductCategory))?.handle ?? ""
  return {
    title_th: product.title ?? "",
    title_en: en(product.id, "title"),
    subtitle_th: product.subtitle ?? "",
    subtitle_en: en(product.id, "subtitle"),
    description_th: product.description ?? "",
    description_en: en(product.id, "description"),
    category,
    status: chosenStatus(product),
    weight_g: product.weight === null || product.weight === undefined ? "" : String(product.weight),
    made_to_order: days !== null,
    made_to_order_days: days !== null ? String(days) : "",
    option_th: option?.title ?? "",
    option_en: en(option?.id, "title"),
    // In creation order (Medusa ids are ULIDs, so they sort by time): the API's order varies.
    variants: [...(product.variants ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((variant) => {
      const title = variant.title ?? ""
      const price = variant.prices.find((p) => p.currency_code?.toLowerCase() === "thb") ?? variant.prices[0]
      return {
        key: variant.id,
        id: variant.id,
        value_th: title,
        value_en: en(variant.id, "title") || en(valueByTitle.get(title), "value"),
        sku: variant.sku ?? "",
        price: priceInputValue(price?.amount),
        stock: variant.inventory_quantity === null || variant.inventory_quantity === undefined ? "" : String(Math.max(0, variant.inventory_quantity)),
      }
    }),
    photos: sortedImages(product).map((image) => ({ kind: "current" as const, url: image.url })),
  }
}

// ---------------------------------------------------------------------------------------------
// From the form (the client sends its values as JSON in the field "values")

const str = (value: unknown, max = 10_000) => (typeof value === "string" ? value : "").slice(0, max)

/** The values posted by the edit form, read defensively (anything missing becomes empty). */
export function parseEditValues(json: unknown): EditValues | null {
  if (typeof json !== "string" || !json) return null
  let raw: Record<string, unknown>
  try {
    const parsed = JSON.parse(json)
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null
    raw = parsed as Record<string, unknown>
  } catch {
    return null
  }
  const variants = (Array.isArray(raw.variants) ? raw.variants : []).slice(0, MAX_VARIANTS + 1).map((item, index) => {
    const v = (item && typeof item === "object" ? item : {}) as Record<string, unknown>
    const id = str(v.id, 100).trim()
    return {
      key: str(v.key, 100) || `row-${index}`,
      id: id || null,
      value_th: str(v.value_th).trim(),
      value_en: str(v.value_en).trim(),
      sku: str(v.sku).trim(),
      price: str(v.price, 100).trim(),
      stock: str(v.stock, 100).trim(),
    }
  })
  const photos = (Array.isArray(raw.photos) ? raw.photos : []).slice(0, MAX_PHOTOS + 1).flatMap((item): EditPhoto[] => {
    const p = (item && typeof item === "object" ? item : {}) as Record<string, unknown>
    if (p.kind === "current" && str(p.url, 2000)) return [{ kind: "current", url: str(p.url, 2000) }]
    if (p.kind === "upload" && str(p.id, 200)) return [{ kind: "upload", id: str(p.id, 200), url: str(p.url, 2000) || null }]
    return []
  })
  return {
    title_th: str(raw.title_th).trim(),
    title_en: str(raw.title_en).trim(),
    subtitle_th: str(raw.subtitle_th).trim(),
    subtitle_en: str(raw.subtitle_en).trim(),
    description_th: str(raw.description_th).trim(),
    description_en: str(raw.description_en).trim(),
    category: str(raw.category, 100).trim(),
    status: raw.status === "published" ? "published" : "draft",
    weight_g: str(raw.weight_g, 100).trim(),
    made_to_order: raw.made_to_order === true,
    made_to_order_days: str(raw.made_to_order_days, 100).trim(),
    option_th: str(raw.option_th).trim(),
    option_en: str(raw.option_en).trim(),
    variants,
    photos,
  }
}

/** "1,290.50 บาท" → "1290.50": grouping commas, spaces and the baht sign/word are dropped. */
export function normalizePrice(value: string): string {
  return value.replace(/[,\s฿]/g, "").replace(/บาท$/, "")
}

export function isValidPrice(value: string): boolean {
  const price = normalizePrice(value)
  return PRICE_PATTERN.test(price) && toSatang(price) > 0n
}

function inRange(value: string, min: number, max: number): boolean {
  if (!INTEGER_PATTERN.test(value)) return false
  const n = Number.parseInt(value, 10)
  return n >= min && n <= max
}

/** The picture's own problem (type or size), or null. */
export function photoFileError(file: { size: number; type: string }): "photoType" | "photoSize" | null {
  if (!PHOTO_TYPES.includes(file.type)) return "photoType"
  if (file.size > PHOTO_MAX_BYTES) return "photoSize"
  return null
}

/** Field errors of the edit form; empty when it can be sent. */
export function validateEditValues(values: EditValues): EditFieldErrors {
  const errors: EditFieldErrors = {}
  const pair = (name: "title" | "subtitle" | "description", required: boolean) => {
    const th = values[`${name}_th`]
    const en = values[`${name}_en`]
    const max = LIMITS[name]
    if (!th && (required || en)) errors[`${name}_th`] = required ? "required" : "thaiFirst"
    else if (th.length > max) errors[`${name}_th`] = "tooLong"
    if (required && !en) errors[`${name}_en`] = "required"
    else if (en.length > max) errors[`${name}_en`] = "tooLong"
  }
  pair("title", true)
  pair("subtitle", false)
  pair("description", false)

  if (!values.category) errors.category = "required"
  else if (!PRODUCT_CATEGORIES.includes(values.category as ProductCategory)) errors.category = "category"
  if (!values.weight_g) errors.weight_g = "required"
  else if (!inRange(values.weight_g, 1, 100_000)) errors.weight_g = "weight"
  if (values.made_to_order) {
    if (!values.made_to_order_days) errors.made_to_order_days = "required"
    else if (!inRange(values.made_to_order_days, 1, 365)) errors.made_to_order_days = "days"
  }

  const several = values.variants.length > 1
  if (several && !values.option_th) errors.option_th = "optionRequired"
  else if (!values.option_th && values.option_en) errors.option_th = "thaiFirst"
  else if (values.option_th.length > LIMITS.option) errors.option_th = "tooLong"
  if (values.option_en.length > LIMITS.option) errors.option_en = "tooLong"

  if (values.variants.length === 0) errors.variants = "variantsRequired"
  if (values.variants.length > MAX_VARIANTS) errors.variants = "tooManyVariants"
  const seen = new Set<string>()
  values.variants.forEach((variant, index) => {
    const at = (field: string) => `variants.${index}.${field}`
    if (!variant.value_th) {
      if (several) errors[at("value_th")] = "valueRequired"
      else if (variant.value_en) errors[at("value_th")] = "thaiFirst"
    } else if (variant.value_th.length > LIMITS.value) errors[at("value_th")] = "tooLong"
    else if (seen.has(variant.value_th)) errors[at("value_th")] = "duplicateValue"
    if (variant.value_th) seen.add(variant.value_th)
    if (variant.value_en.length > LIMITS.value) errors[at("value_en")] = "tooLong"
    if (variant.sku.length > LIMITS.sku) errors[at("sku")] = "tooLong"
    if (!variant.price) errors[at("price")] = "required"
    else if (!isValidPrice(variant.price)) errors[at("price")] = "price"
    if (!variant.stock) errors[at("stock")] = "required"
    else if (!inRange(variant.stock, 0, 1_000_000)) errors[at("stock")] = "stock"
  })

  if (values.photos.length > MAX_PHOTOS) errors.photos = "tooManyPhotos"
  return errors
}

export type EditPayload = {
  title: { th: string; en: string }
  subtitle: { th: string; en: string | null } | null
  description: { th: string; en: string | null } | null
  category: ProductCategory
  status: EditStatus
  images: string[]
  weight_g: number
  made_to_order_days: number | null
  option?: { th: string; en: string | null }
  variants: {
    id?: string
    option_value: { th: string; en: string | null } | null
    sku: string | null
    price: string
    stock: number
  }[]
}

/** The body of POST /producer/products/:id for valid values (variants: the complete list). */
export function editPayload(values: EditValues): EditPayload {
  const bilingual = (th: string, en: string) => (th ? { th, en: en || null } : null)
  return {
    title: { th: values.title_th, en: values.title_en },
    subtitle: bilingual(values.subtitle_th, values.subtitle_en),
    description: bilingual(values.description_th, values.description_en),
    category: values.category as ProductCategory,
    status: values.status,
    images: values.photos.map((photo) => (photo.kind === "current" ? photo.url : photo.id)),
    weight_g: Number.parseInt(values.weight_g, 10),
    made_to_order_days: values.made_to_order ? Number.parseInt(values.made_to_order_days, 10) : null,
    ...(values.option_th ? { option: { th: values.option_th, en: values.option_en || null } } : {}),
    variants: values.variants.map((variant) => ({
      ...(variant.id ? { id: variant.id } : {}),
      option_value: bilingual(variant.value_th, variant.value_en),
      sku: variant.sku || null,
      // Exact decimal text with two decimals ("129.50"), never a float.
      price: satangToDecimalString(toSatang(normalizePrice(variant.price))),
      stock: Number.parseInt(variant.stock, 10),
    })),
  }
}

// ---------------------------------------------------------------------------------------------
// Backend failures → the form

const BILINGUAL_FIELDS = ["title", "subtitle", "description"]

/** The form field an API path points at ("variants.1.price" → "variants.1.price", "title.th" → "title_th"). */
function fieldOfPath(path: string): string | null {
  const parts = path.split(".")
  if (BILINGUAL_FIELDS.includes(parts[0])) return `${parts[0]}_${parts[1] === "en" ? "en" : "th"}`
  if (parts[0] === "option") return parts[1] === "en" ? "option_en" : "option_th"
  if (["category", "weight_g", "made_to_order_days"].includes(path)) return path
  if (parts[0] === "images") return parts[1] && /^\d+$/.test(parts[1]) ? `photos.${parts[1]}` : "photos"
  if (parts[0] === "variants") {
    if (parts.length === 1) return "variants"
    const index = parts[1]
    if (!/^\d+$/.test(index)) return null
    switch (parts[2]) {
      case "price":
      case "stock":
      case "sku":
        return `variants.${index}.${parts[2]}`
      case "option_value":
        return `variants.${index}.${parts[3] === "en" ? "value_en" : "value_th"}`
      default:
        return null
    }
  }
  return null
}

function keyForApiMessage(field: string, message: string): EditErrorKey {
  if (/used twice/i.test(message)) return "duplicateValue"
  if (/needs its option value/i.test(message)) return "valueRequired"
  if (/name the option/i.test(message)) return "optionRequired"
  if (field.startsWith("photos")) return "photoMissing"
  if (field.endsWith(".price")) return "price"
  if (field.endsWith(".stock")) return "stock"
  if (field === "weight_g") return "weight"
  if (field === "made_to_order_days") return "days"
  if (field === "category") return "category"
  if (/too_big|at most|too long|<=\s*\d/i.test(message)) return "tooLong"
  if (/required|too_small|at least 1|>=\s*1/i.test(message)) return "required"
  return "invalid"
}

/**
 * Field errors for a backend answer like "variants.1.price: a price in baht…; title.th: …",
 * or null when a part of it names no field of the form (the message is then shown as a detail).
 */
export function fieldErrorsFromApi(message: string): EditFieldErrors | null {
  const errors: EditFieldErrors = {}
  const parts = message.split(/;\s+/).filter(Boolean)
  if (!parts.length) return null
  for (const part of parts) {
    const match = /^([a-z_]+(?:\.[a-z0-9_]+)*):\s*(.*)$/i.exec(part.trim())
    if (!match) return null
    const field = fieldOfPath(match[1])
    if (!field) return null
    errors[field] = keyForApiMessage(field, match[2])
  }
  return errors
}

/** DOM id of a field of the form (ids are "edit-" + the field id with dots as dashes). */
export function fieldDomId(field: string): string {
  return `edit-${field.replace(/\./g, "-")}`
}
