"use server"

import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { revalidatePath, updateTag } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { TAGS } from "@/lib/medusa/client"
import { isUnauthorized, producerFetch, ProducerApiError } from "./api"
import {
  editPayload,
  fieldErrorsFromApi,
  parseEditValues,
  photoFileError,
  validateEditValues,
  type ArchiveState,
  type EditFormState,
  type UploadPhotoResult,
} from "./edit"
import {
  cancelApiErrorKey,
  cancelItems,
  cancelReasonText,
  isCancelReason,
  openLines,
  readCancelForm,
  validateCancel,
  type CancelFormState,
} from "./edit-orders"
import type { OrderWithCancellations } from "./edit-types"
import { GROUP_COOKIE, TOKEN_COOKIE } from "./session"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

async function authOrLogin(locale: AppLocale) {
  const store = await cookies()
  const token = store.get(TOKEN_COOKIE)?.value
  if (!token) return redirect({ href: "/producer/login", locale })
  return { token, groupId: store.get(GROUP_COOKIE)?.value ?? null }
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] producer ${context}:`, error instanceof Error ? error.message : error)
}

/** The portal's pages and the store's cached catalog (the product changed for buyers too). */
function refreshAfterProductChange() {
  revalidatePath("/[locale]/producer", "layout")
  updateTag(TAGS.products)
}

const productPath = (id: string) => `/producer/products/${encodeURIComponent(id)}`

/**
 * Uploads one new picture for the edit form (POST /producer/uploads) and returns its upload id;
 * the picture joins the product only when the form is saved.
 */
export async function uploadProductPhoto(form: FormData): Promise<UploadPhotoResult> {
  const locale = localeOf(form)
  const photo = form.get("photo")
  if (!(photo instanceof File) || photo.size === 0) return { errorKey: "photoType" }
  const problem = photoFileError({ size: photo.size, type: photo.type })
  if (problem) return { errorKey: problem }
  const auth = await authOrLogin(locale)
  try {
    const upload = new FormData()
    upload.append("files", photo, photo.name || "photo")
    const answer = await producerFetch<{ uploads: { id: string; url?: string | null }[] }>("/producer/uploads", {
      method: "POST",
      ...auth,
      body: upload,
    })
    const first = answer.uploads?.[0]
    if (!first) return { errorKey: "unavailable" }
    return { upload: { id: first.id, url: first.url ?? null } }
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) return { apiError: error.message }
    logError("upload product photo", error)
    return { errorKey: "unavailable" }
  }
}

/** Saves the edit form (the complete variant list, pictures in order) and shows the saved product. */
export async function saveProduct(_previous: EditFormState, form: FormData): Promise<EditFormState> {
  const locale = localeOf(form)
  const productId = String(form.get("product_id") ?? "")
  const values = parseEditValues(form.get("values"))
  if (!productId || !values) return { errorKey: "unavailable" }
  const fieldErrors = validateEditValues(values)
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors }

  const auth = await authOrLogin(locale)
  try {
    await producerFetch(productPath(productId), { method: "POST", ...auth, body: editPayload(values) })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) {
      if (error.status === 404 && /^Product with id/i.test(error.message)) return { errorKey: "notFound" }
      const mapped = fieldErrorsFromApi(error.message)
      return mapped ? { fieldErrors: mapped } : { apiError: error.message }
    }
    logError("save product", error)
    return { errorKey: "unavailable" }
  }
  refreshAfterProductChange()
  return redirect({ href: { pathname: productPath(productId), query: { saved: Date.now().toString(36) } }, locale })
}

/** Archives the product (DELETE: unpublished and marked archived; kept for past orders). */
export async function archiveProduct(_previous: ArchiveState, form: FormData): Promise<ArchiveState> {
  const locale = localeOf(form)
  const productId = String(form.get("product_id") ?? "")
  if (!productId) return { errorKey: "notFound" }
  const auth = await authOrLogin(locale)
  try {
    await producerFetch(productPath(productId), { method: "DELETE", ...auth })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status === 404) return { errorKey: "notFound" }
    if (error instanceof ProducerApiError && error.status < 500) return { apiError: error.message }
    logError("archive product", error)
    return { errorKey: "unavailable" }
  }
  refreshAfterProductChange()
  return redirect({ href: { pathname: productPath(productId), query: { archived: "1" } }, locale })
}

/** Cancels (some of) the group's unshipped lines of an order, with a reason the buyer reads. */
export async function cancelOrderLines(_previous: CancelFormState, form: FormData): Promise<CancelFormState> {
  const locale = localeOf(form)
  const values = readCancelForm(form)
  if (!values.orderId) return { errorKey: "notFound" }
  const auth = await authOrLogin(locale)
  const orderPath = `/producer/orders/${encodeURIComponent(values.orderId)}`
  try {
    const { order } = await producerFetch<{ order: OrderWithCancellations }>(orderPath, auth)
    const open = openLines(order.items)
    if (!open.length) return { errorKey: "nothingLeft" }
    const fieldErrors = validateCancel(values, open)
    if (fieldErrors && Object.keys(fieldErrors).length > 0) return { fieldErrors }
    if (!isCancelReason(values.reason)) return { fieldErrors: { reason: "reasonRequired" } }
    const [th, en] = await Promise.all([
      getTranslations({ locale: "th", namespace: "Edit.cancel.reasons" }),
      getTranslations({ locale: "en", namespace: "Edit.cancel.reasons" }),
    ])
    const reason = cancelReasonText(values.reason, values.details, { th: th(values.reason), en: en(values.reason) })
    const items = cancelItems(values, open)
    await producerFetch(`${orderPath}/cancellations`, { method: "POST", ...auth, body: { reason, ...(items ? { items } : {}) } })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) {
      const key = cancelApiErrorKey(error.status, error.message)
      return key ? { errorKey: key } : { apiError: error.message }
    }
    logError("cancel order lines", error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/producer", "layout")
  return { ok: true }
}
