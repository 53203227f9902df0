"use server"

import { hasLocale } from "next-intl"
import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { isUnauthorized, producerFetch, ProducerApiError } from "@/lib/producer/api"
import { staffToken } from "./session"
import {
  certificationDecisionError,
  gradeApiError,
  gradePayload,
  isDecisionKind,
  readGradeForm,
  validateDecisionReason,
  validateGradeForm,
  type CertificationDecisionState,
  type GradeFormState,
} from "./trust"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] staff ${context}:`, error instanceof Error ? error.message : error)
}

/** Verify or reject a pending certification; on success the officer is back at the queue, told what happened. */
export async function decideCertification(_previous: CertificationDecisionState, form: FormData): Promise<CertificationDecisionState> {
  const locale = localeOf(form)
  const id = String(form.get("certification_id") ?? "")
  const kind = form.get("kind")
  const reason = String(form.get("reason") ?? "")
  if (!id || !isDecisionKind(kind)) return { errorKey: "invalid" }
  const reasonError = validateDecisionReason(kind, reason)
  if (reasonError) return { fieldErrors: { reason: reasonError } }

  const token = await staffToken()
  if (!token) return redirect({ href: "/staff/login", locale })
  try {
    await producerFetch(`/staff/certifications/${encodeURIComponent(id)}/${kind}`, {
      method: "POST",
      token,
      body: reason.trim() ? { reason: reason.trim() } : {},
    })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/staff/login", locale })
    if (error instanceof ProducerApiError) {
      if (error.status >= 500) logError(`certification ${kind} ${id}`, error)
      return certificationDecisionError(error.status, error.message)
    }
    logError(`certification ${kind} ${id}`, error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/staff", "layout")
  return redirect({ href: { pathname: "/staff/certifications", query: { done: kind, id } }, locale })
}

/** Record a product's grade for one selection round; a round already graded comes back as a field error. */
export async function recordGrade(_previous: GradeFormState, form: FormData): Promise<GradeFormState> {
  const locale = localeOf(form)
  const productId = String(form.get("product_id") ?? "")
  const values = readGradeForm(form)
  if (!productId) return { values, errorKey: "invalid" }
  const fieldErrors = validateGradeForm(values)
  if (Object.keys(fieldErrors).length) return { values, fieldErrors }

  const token = await staffToken()
  if (!token) return redirect({ href: "/staff/login", locale })
  try {
    await producerFetch(`/staff/products/${encodeURIComponent(productId)}/grades`, { method: "POST", token, body: gradePayload(values) })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/staff/login", locale })
    if (error instanceof ProducerApiError) {
      if (error.status >= 500) logError(`grade ${productId}`, error)
      return { values, ...gradeApiError(error.status, error.message) }
    }
    logError(`grade ${productId}`, error)
    return { values, errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/staff", "layout")
  return redirect({ href: { pathname: `/staff/grades/${productId}`, query: { done: "recorded", round: values.round_be } }, locale })
}
