import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { redirect } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { sessionCookieOptions } from "@/lib/auth/session-cookie"
import { isUnauthorized, ProducerApiError } from "@/lib/producer/api"
import { customerFetch } from "./api"
import { safeReturnPath } from "./return-to"
import type { Customer } from "./types"

export const CUSTOMER_TOKEN_COOKIE = "otop_customer_token"

/** The customer's session cookie (see sessionCookieOptions): a week; the backend's token decides sooner. */
export function customerCookieOptions() {
  return sessionCookieOptions(60 * 60 * 24 * 7)
}

/** The signed-in customer's store API token from the httpOnly cookie, or null. */
export async function getCustomerToken(): Promise<string | null> {
  return (await cookies()).get(CUSTOMER_TOKEN_COOKIE)?.value ?? null
}

/** True for answers meaning "this token is not a signed-in customer" (expired, or another actor's). */
export function isNotCustomer(error: unknown): boolean {
  return isUnauthorized(error) || (error instanceof ProducerApiError && [403, 404].includes(error.status))
}

export type CustomerSession = { token: string; customer: Customer }

/** The signed-in customer, or null (no cookie, or the backend refuses its token). */
export const getCustomerSession = cache(async function getCustomerSession(): Promise<CustomerSession | null> {
  const token = await getCustomerToken()
  if (!token) return null
  try {
    const { customer } = await customerFetch<{ customer: Customer }>("/store/customers/me", { token })
    return { token, customer }
  } catch (error) {
    if (isNotCustomer(error)) return null
    throw error
  }
})

/** The sign-in page, coming back to `returnTo` afterwards. */
export function signInHref(returnTo: string) {
  const next = safeReturnPath(returnTo)
  return next === "/account" ? { pathname: "/account/login" } : { pathname: "/account/login", query: { next } }
}

/** The signed-in customer, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireCustomer(locale: AppLocale, returnTo: string): Promise<CustomerSession> {
  const session = await getCustomerSession()
  if (!session) return redirect({ href: signInHref(returnTo), locale })
  return session
}

/** Runs a call with the customer's token; a 401 (expired meanwhile) sends them to sign in. */
export async function withCustomer<T>(session: CustomerSession, locale: AppLocale, returnTo: string, call: (token: string) => Promise<T>): Promise<T> {
  try {
    return await call(session.token)
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: signInHref(returnTo), locale })
    throw error
  }
}
