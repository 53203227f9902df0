import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { redirect } from "@/i18n/navigation"
import { sessionCookieOptions } from "@/lib/auth/session-cookie"
import type { AppLocale } from "@/i18n/routing"
import { isUnauthorized, producerFetch, ProducerApiError } from "@/lib/producer/api"
import type { StaffMe } from "./types"

export const STAFF_TOKEN_COOKIE = "otop_staff_token"

/** The officer's session cookie (see sessionCookieOptions): one day, like the backend's tokens. */
export async function staffCookieOptions() {
  return sessionCookieOptions(60 * 60 * 24)
}

export type StaffSession = { token: string; staff: StaffMe["staff"] }

/** True for answers meaning "this token is not a signed-in officer". */
export function isNotStaff(error: unknown): boolean {
  return isUnauthorized(error) || (error instanceof ProducerApiError && [403, 404].includes(error.status))
}

export async function staffToken(): Promise<string | null> {
  return (await cookies()).get(STAFF_TOKEN_COOKIE)?.value ?? null
}

/** The signed-in officer, or a redirect to the staff login page (no token, or the backend refuses it). */
export const requireStaff = cache(async function requireStaff(locale: AppLocale): Promise<StaffSession> {
  const token = await staffToken()
  if (!token) return redirect({ href: "/staff/login", locale })
  let me: StaffMe
  try {
    me = await producerFetch<StaffMe>("/staff/me", { token })
  } catch (error) {
    if (isNotStaff(error)) return redirect({ href: "/staff/login", locale })
    throw error
  }
  return { token, staff: me.staff }
})

/** Runs a staff API call; a 401 (the token expired meanwhile) sends the officer to the login page. */
export async function withStaff<T>(session: StaffSession, locale: AppLocale, call: (token: string) => Promise<T>): Promise<T> {
  try {
    return await call(session.token)
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/staff/login", locale })
    throw error
  }
}
