"use server"

import { hasLocale } from "next-intl"
import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { isSignedIn, passwordSignIn } from "@/lib/auth/sign-in"
import type { SignInState } from "@/lib/auth/state"
import { isUnauthorized, producerFetch, ProducerApiError } from "@/lib/producer/api"
import { isNotStaff, STAFF_TOKEN_COOKIE, staffCookieOptions } from "./session"
import type { StaffMe } from "./types"
import { decisionErrorState, isDecisionAction, validateReason, type DecisionState } from "./validation"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] staff ${context}:`, error instanceof Error ? error.message : error)
}

export async function staffSignIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  // The same email and password may belong to a producer: only an officer's token gets in.
  const result = await passwordSignIn("cdd_staff", form, {
    verify: (token) =>
      producerFetch<StaffMe>("/staff/me", { token }).then(
        () => null,
        (error) => {
          if (isNotStaff(error)) return "notStaff" as const
          throw error
        },
      ),
  })
  if (!isSignedIn(result)) return result
  const store = await cookies()
  store.set(STAFF_TOKEN_COOKIE, result.token, await staffCookieOptions())
  return redirect({ href: "/staff", locale: result.locale })
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
