import { CARRIERS, PRODUCT_CATEGORIES, type Carrier, type ProductCategory } from "./types"

/** Message keys (Producer.errors.*) for invalid fields. */
export type FieldErrorKey =
  | "required"
  | "handle"
  | "price"
  | "wholeNumber"
  | "positiveNumber"
  | "category"
  | "photoType"
  | "photoSize"

export type ProductFormValues = {
  handle: string
  title_th: string
  title_en: string
  description_th: string
  description_en: string
  category: string
  price: string
  stock: string
  weight_g: string
  made_to_order_days: string
  publish: boolean
}

export type ProductFormState = {
  /** The backend's own message (e.g. "handle: ... already exists"), shown as it is. */
  apiError?: string
  /** A generic failure (backend unreachable…), as a message key. */
  errorKey?: "unavailable"
  fieldErrors?: Partial<Record<keyof ProductFormValues | "photo", FieldErrorKey>>
  values?: ProductFormValues
}

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PRICE_PATTERN = /^\d{1,9}(?:\.\d{1,2})?$/
const INTEGER_PATTERN = /^\d{1,9}$/

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024

/** Lower-case ASCII slug: "Indigo Scarf 2" → "indigo-scarf-2". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
}

export function readProductForm(form: FormData): ProductFormValues {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  return {
    handle: text("handle").toLowerCase(),
    title_th: text("title_th"),
    title_en: text("title_en"),
    description_th: text("description_th"),
    description_en: text("description_en"),
    category: text("category"),
    price: text("price").replace(/,/g, ""),
    stock: text("stock"),
    weight_g: text("weight_g"),
    made_to_order_days: text("made_to_order_days"),
    publish: form.get("publish") === "on" || form.get("publish") === "true",
  }
}

export type PhotoInfo = { size: number; type: string } | null

/** Field errors of a product form; empty when it can be sent. */
export function validateProductForm(values: ProductFormValues, photo: PhotoInfo = null): ProductFormState["fieldErrors"] {
  const errors: NonNullable<ProductFormState["fieldErrors"]> = {}
  if (values.handle && !HANDLE_PATTERN.test(values.handle)) errors.handle = "handle"
  if (!values.title_th) errors.title_th = "required"
  if (!values.title_en) errors.title_en = "required"
  if (!values.category) errors.category = "required"
  else if (!PRODUCT_CATEGORIES.includes(values.category as ProductCategory)) errors.category = "category"
  if (!values.price) errors.price = "required"
  else if (!PRICE_PATTERN.test(values.price) || /^0+(\.0+)?$/.test(values.price)) errors.price = "price"
  if (!values.stock) errors.stock = "required"
  else if (!INTEGER_PATTERN.test(values.stock)) errors.stock = "wholeNumber"
  if (!values.weight_g) errors.weight_g = "required"
  else if (!INTEGER_PATTERN.test(values.weight_g) || Number(values.weight_g) <= 0) errors.weight_g = "positiveNumber"
  if (values.made_to_order_days && !INTEGER_PATTERN.test(values.made_to_order_days)) {
    errors.made_to_order_days = "wholeNumber"
  }
  if (photo && photo.size > 0) {
    if (!PHOTO_TYPES.includes(photo.type)) errors.photo = "photoType"
    else if (photo.size > PHOTO_MAX_BYTES) errors.photo = "photoSize"
  }
  return errors
}

/** The body of POST /producer/products for valid form values. */
export function productPayload(values: ProductFormValues, imageIds: string[], fallbackHandle: string) {
  const description =
    values.description_th || values.description_en ? { th: values.description_th, en: values.description_en } : undefined
  return {
    handle: values.handle || slugify(values.title_en) || fallbackHandle,
    title: { th: values.title_th, en: values.title_en },
    ...(description ? { description } : {}),
    category: values.category as ProductCategory,
    status: values.publish ? ("published" as const) : ("draft" as const),
    images: imageIds,
    weight_g: Number.parseInt(values.weight_g, 10),
    ...(values.made_to_order_days ? { made_to_order_days: Number.parseInt(values.made_to_order_days, 10) } : {}),
    variants: [{ price: values.price, stock: Number.parseInt(values.stock, 10) }],
  }
}

export type ShipFormState = {
  ok?: boolean
  apiError?: string
  errorKey?: "unavailable"
  fieldErrors?: Partial<Record<"carrier" | "tracking_number", FieldErrorKey>>
}

export function isCarrier(value: string): value is Carrier {
  return CARRIERS.includes(value as Carrier)
}

