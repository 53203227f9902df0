"use server"

import { hasLocale } from "next-intl"
import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { isUnauthorized, producerFetch, ProducerApiError } from "@/lib/producer/api"
import { isNotStaff, STAFF_TOKEN_COOKIE, staffCookieOptions } from "./session"
import type { StaffMe } from "./types"
import { decisionErrorState, isDecisionAction, validateReason, type DecisionState, type LoginState } from "./validation"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] staff ${context}:`, error instanceof Error ? error.message : error)
}

export async function staffSignIn(_previous: LoginState, form: FormData): Promise<LoginState> {
  const locale = localeOf(form)
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { errorKey: "missingFields", email }
  let token: string
  try {
    const answer = await producerFetch<{ token?: string }>("/auth/cdd_staff/emailpass", {
      method: "POST",
      body: { email, password },
    })
    if (!answer?.token) return { errorKey: "unavailable", email }
    token = answer.token
  } catch (error) {
    if (error instanceof ProducerApiError && [400, 401, 403, 404].includes(error.status)) {
      return { errorKey: "invalidCredentials", email }
    }
    logError("sign-in", error)
    return { errorKey: "unavailable", email }
  }
  // The same email and password may belong to a producer: only an officer's token gets in.
  try {
    await producerFetch<StaffMe>("/staff/me", { token })
  } catch (error) {
    if (isNotStaff(error)) return { errorKey: "notStaff", email }
    logError("sign-in check", error)
    return { errorKey: "unavailable", email }
  }
  const store = await cookies()
  store.set(STAFF_TOKEN_COOKIE, token, await staffCookieOptions())
  return redirect({ href: "/staff", locale })
}

export async function staffSignOut(form: FormData): Promise<void> {
  const store = await cookies()
  store.delete(STAFF_TOKEN_COOKIE)
  redirect({ href: "/staff/login", locale: localeOf(form) })
}

/** Approve, reject, suspend or reinstate a registration; on success the page reloads with the new status. */
export async function decideRegistration(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const locale = localeOf(form)
  const groupId = String(form.get("group_id") ?? "")
  const action = form.get("action")
  const reason = String(form.get("reason") ?? "")
  if (!groupId || !isDecisionAction(action)) return { errorKey: "invalid" }
  const reasonError = validateReason(action, reason)
  if (reasonError) return { fieldErrors: { reason: reasonError } }

  const token = (await cookies()).get(STAFF_TOKEN_COOKIE)?.value
  if (!token) return redirect({ href: "/staff/login", locale })
  try {
    await producerFetch(`/staff/producer-groups/${encodeURIComponent(groupId)}/${action}`, {
      method: "POST",
      token,
      body: reason.trim() ? { reason: reason.trim() } : {},
    })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/staff/login", locale })
    if (error instanceof ProducerApiError) {
      if (error.status >= 500) logError(`${action} ${groupId}`, error)
      return decisionErrorState(error.status, error.message)
    }
    logError(`${action} ${groupId}`, error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/staff", "layout")
  return redirect({ href: { pathname: `/staff/producer-groups/${groupId}`, query: { done: action } }, locale })
}
