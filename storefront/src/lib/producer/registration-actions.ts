"use server"

import { hasLocale } from "next-intl"
import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { isUnauthorized, producerFetch, ProducerApiError } from "./api"
import {
  hasErrors,
  mapRegistrationApiError,
  readRegistrationForm,
  readSignupForm,
  registrationPayload,
  validateRegistration,
  validateSignup,
  type RegistrationState,
  type SignupState,
  type SignupValues,
} from "./registration"
import { cookieOptions, GROUP_COOKIE, TOKEN_COOKIE } from "./session"
import type { ProducerMe } from "./types"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] producer ${context}:`, error instanceof Error ? error.message : error)
}

class EmailTakenError extends Error {}

/**
 * An email/password identity with a producer behind it, and a session token for it:
 * register → POST /producer/account with the registration token → sign in.
 * When the email is registered already, the password decides: right, and the identity only
 * lacks a producer (an interrupted sign-up, or a shop customer's login) → it gets one;
 * wrong → EmailTakenError.
 */
async function createProducerAccount(values: SignupValues, password: string): Promise<string> {
  const credentials = { email: values.email, password }
  let registrationToken: string
  try {
    const registered = await producerFetch<{ token: string }>("/auth/producer/emailpass/register", {
      method: "POST",
      body: credentials,
    })
    registrationToken = registered.token
  } catch (error) {
    if (!(error instanceof ProducerApiError && error.status === 401)) throw error
    try {
      registrationToken = (await producerFetch<{ token: string }>("/auth/producer/emailpass", { method: "POST", body: credentials })).token
    } catch (loginError) {
      if (loginError instanceof ProducerApiError && [400, 401].includes(loginError.status)) throw new EmailTakenError()
      throw loginError
    }
  }
  try {
    await producerFetch("/producer/account", {
      method: "POST",
      token: registrationToken,
      body: { first_name: values.first_name, last_name: values.last_name, phone: values.phone },
    })
  } catch (error) {
    // The same person signing up twice with the same password: they simply get signed in.
    const alreadyProducer = error instanceof ProducerApiError && error.status === 400 && /already has a producer account/i.test(error.message)
    if (!alreadyProducer) throw error
  }
  // The registration token has no producer in it; a fresh sign-in does.
  const session = await producerFetch<{ token?: string }>("/auth/producer/emailpass", { method: "POST", body: credentials })
  if (!session?.token) throw new Error("sign-in after sign-up returned no token")
  return session.token
}

/** Field errors the backend named ("phone: a Thai phone number…"). */
function signupFieldErrors(message: string): SignupState["fieldErrors"] {
  const errors: NonNullable<SignupState["fieldErrors"]> = {}
  for (const part of message.split(/;\s*/)) {
    const field = /^([a-z_]+):/.exec(part.trim())?.[1]
    if (field === "phone") errors.phone = "phone"
    else if (field === "first_name" || field === "last_name") errors[field] = "invalid"
    else if (field === "email") errors.email = "email"
  }
  return errors
}

export async function signUp(_previous: SignupState, form: FormData): Promise<SignupState> {
  const locale = localeOf(form)
  const { password, ...values } = readSignupForm(form)
  const fieldErrors = validateSignup({ ...values, password })
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  let token: string
  try {
    token = await createProducerAccount(values, password)
  } catch (error) {
    if (error instanceof EmailTakenError) return { errorKey: "emailTaken", fieldErrors: { email: "emailTaken" }, values }
    if (error instanceof ProducerApiError && error.status < 500) {
      const named = signupFieldErrors(error.message)
      return { fieldErrors: named, apiError: error.message, values }
    }
    logError("sign-up", error)
    return { errorKey: "unavailable", values }
  }
  const store = await cookies()
  store.set(TOKEN_COOKIE, token, await cookieOptions())
  store.delete(GROUP_COOKIE)

  // An invite accepted at sign-up already makes them a member: the dashboard. Otherwise, register a group.
  let hasGroup = false
  try {
    const me = await producerFetch<ProducerMe>("/producer/me", { token })
    hasGroup = (me.groups ?? []).length > 0
  } catch (error) {
    logError("sign-up /me", error)
  }
  return redirect({ href: hasGroup ? "/producer" : "/producer/register", locale })
}

export async function submitRegistration(_previous: RegistrationState, form: FormData): Promise<RegistrationState> {
  const locale = localeOf(form)
  const { values, documents } = readRegistrationForm(form)
  const errors = validateRegistration(values, documents)
  if (hasErrors(errors)) return errors

  const token = (await cookies()).get(TOKEN_COOKIE)?.value
  if (!token) return redirect({ href: "/producer/login", locale })
  let handle: string
  try {
    const answer = await producerFetch<{ producer_group: { id: string; handle: string } }>("/producer/registrations", {
      method: "POST",
      token,
      body: registrationPayload(values, documents),
    })
    handle = answer.producer_group.handle
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) {
      const mapped = mapRegistrationApiError(error.message, documents)
      if (!mapped) return { apiError: error.message }
      const unexplained = Object.values(mapped.fieldErrors).includes("invalid")
      return { ...mapped, ...(unexplained ? { apiError: error.message } : {}) }
    }
    logError("registration", error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/producer", "layout")
  return redirect({ href: { pathname: "/producer/registrations", query: { submitted: handle } }, locale })
}
