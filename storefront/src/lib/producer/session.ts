import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { redirect } from "@/i18n/navigation"
import { sessionCookieOptions } from "@/lib/auth/session-cookie"
import type { AppLocale } from "@/i18n/routing"
import { isUnauthorized, producerFetch, ProducerApiError } from "./api"
import type { ProducerGroup, ProducerMe } from "./types"

export const TOKEN_COOKIE = "otop_producer_token"
export const GROUP_COOKIE = "otop_producer_group"

/** The producer's session cookie (see sessionCookieOptions): a week. */
export async function cookieOptions() {
  return sessionCookieOptions(60 * 60 * 24 * 7)
}

export type ProducerSession = {
  token: string
  me: ProducerMe
  /** The group the portal acts for (sent as x-producer-group-id), or null without any group. */
  group: ProducerGroup | null
}

/** Picks the acting group: the one chosen in the cookie if the producer belongs to it, else the first. */
export function pickGroup(groups: ProducerGroup[], chosenId: string | undefined | null): ProducerGroup | null {
  return groups.find((group) => group.id === chosenId) ?? groups[0] ?? null
}

/** The signed-in producer, or a redirect to the login page (no token, or the backend says 401). */
export const requireProducer = cache(async function requireProducer(locale: AppLocale): Promise<ProducerSession> {
  const store = await cookies()
  const token = store.get(TOKEN_COOKIE)?.value
  if (!token) return redirect({ href: "/producer/login", locale })
  let me: ProducerMe
  try {
    me = await producerFetch<ProducerMe>("/producer/me", { token })
  } catch (error) {
    // 401: expired or invalid token. 404/403: a token without a producer actor.
    if (isUnauthorized(error) || (error instanceof ProducerApiError && [403, 404].includes(error.status))) {
      return redirect({ href: "/producer/login", locale })
    }
    throw error
  }
  const group = pickGroup(me.groups ?? [], store.get(GROUP_COOKIE)?.value ?? me.acting_group_id)
  return { token, me, group }
})

/** Runs a producer API call for the session's group; a 401 sends the producer to the login page. */
export async function withSession<T>(
  session: ProducerSession,
  locale: AppLocale,
  call: (auth: { token: string; groupId: string | null }) => Promise<T>,
): Promise<T> {
  try {
    return await call({ token: session.token, groupId: session.group?.id ?? null })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    throw error
  }
}
