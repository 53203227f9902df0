"use server"

import { hasLocale } from "next-intl"
import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { isSignedIn, passwordSignIn } from "@/lib/auth/sign-in"
import type { SignInState } from "@/lib/auth/state"
import { isUnauthorized, producerFetch, ProducerApiError } from "./api"
import { cookieOptions, GROUP_COOKIE, TOKEN_COOKIE } from "./session"
import {
  isCarrier,
  productPayload,
  readProductForm,
  validateProductForm,
  type ProductFormState,
  type ShipFormState,
} from "./validation"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

async function auth() {
  const store = await cookies()
  return { token: store.get(TOKEN_COOKIE)?.value ?? null, groupId: store.get(GROUP_COOKIE)?.value ?? null }
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] producer ${context}:`, error instanceof Error ? error.message : error)
}

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const result = await passwordSignIn("producer", form)
  if (!isSignedIn(result)) return result
  const store = await cookies()
  store.set(TOKEN_COOKIE, result.token, await cookieOptions())
  store.delete(GROUP_COOKIE)
  return redirect({ href: "/producer", locale: result.locale })
}

export async function signOut(form: FormData): Promise<void> {
  const store = await cookies()
  store.delete(TOKEN_COOKIE)
  store.delete(GROUP_COOKIE)
  redirect({ href: "/producer/login", locale: localeOf(form) })
}

export async function chooseGroup(form: FormData): Promise<void> {
  const groupId = String(form.get("group_id") ?? "")
  const store = await cookies()
  if (groupId) store.set(GROUP_COOKIE, groupId, await cookieOptions())
  redirect({ href: "/producer", locale: localeOf(form) })
}

export async function createProduct(_previous: ProductFormState, form: FormData): Promise<ProductFormState> {
  const locale = localeOf(form)
  const values = readProductForm(form)
  const photo = form.get("photo")
  const file = photo instanceof File && photo.size > 0 ? photo : null
  const fieldErrors = validateProductForm(values, file ? { size: file.size, type: file.type } : null)
  if (fieldErrors && Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  const { token, groupId } = await auth()
  if (!token) return redirect({ href: "/producer/login", locale })
  let handle: string
  try {
    const imageIds: string[] = []
    if (file) {
      const upload = new FormData()
      upload.append("files", file, file.name || "photo")
      const answer = await producerFetch<{ uploads: { id: string }[] }>("/producer/uploads", {
        method: "POST",
        token,
        groupId,
        body: upload,
      })
      imageIds.push(...answer.uploads.map((item) => item.id))
    }
    const body = productPayload(values, imageIds, `product-${Date.now().toString(36)}`)
    handle = body.handle
    await producerFetch("/producer/products", { method: "POST", token, groupId, body })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) return { apiError: error.message, values }
    logError("create product", error)
    return { errorKey: "unavailable", values }
  }
  revalidatePath("/[locale]/producer", "layout")
  return redirect({ href: { pathname: "/producer/products", query: { created: handle } }, locale })
}

export async function markShipped(_previous: ShipFormState, form: FormData): Promise<ShipFormState> {
  const locale = localeOf(form)
  const orderId = String(form.get("order_id") ?? "")
  const carrier = String(form.get("carrier") ?? "")
  const trackingNumber = String(form.get("tracking_number") ?? "").trim()
  const fieldErrors: ShipFormState["fieldErrors"] = {}
  if (!isCarrier(carrier)) fieldErrors.carrier = "required"
  if (!trackingNumber) fieldErrors.tracking_number = "required"
  if (Object.keys(fieldErrors).length > 0 || !orderId) return { fieldErrors }

  const { token, groupId } = await auth()
  if (!token) return redirect({ href: "/producer/login", locale })
  try {
    await producerFetch(`/producer/orders/${encodeURIComponent(orderId)}/fulfillments`, {
      method: "POST",
      token,
      groupId,
      body: { carrier, tracking_number: trackingNumber },
    })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) return { apiError: error.message }
    logError("mark shipped", error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/producer", "layout")
  return { ok: true }
}
