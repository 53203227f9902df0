import "server-only"
import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import { producerFetch, ProducerApiError } from "@/lib/producer/api"
import type { SignInErrorKey, SignInState } from "./state"

/** Medusa actor types that sign in with an email and a password. */
export type PasswordActor = "producer" | "cdd_staff" | "customer"

export function localeOfForm(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

type SignInOptions = {
  /**
   * The same email and password may belong to another kind of account (one auth identity, several
   * actor types): checks that the token is this actor's, returning the error to show if not.
   */
  verify?: (token: string) => Promise<SignInErrorKey | null>
}

export type SignedIn = { token: string; email: string; locale: AppLocale }

/**
 * The sign-in of every area: reads the form, asks /auth/<actor>/emailpass for a token and maps
 * the answers to the form's error keys (wrong password, missing fields, backend down).
 */
export async function passwordSignIn(actor: PasswordActor, form: FormData, options: SignInOptions = {}): Promise<SignedIn | SignInState> {
  const locale = localeOfForm(form)
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { errorKey: "missingFields", email }
  let token: string
  try {
    const answer = await producerFetch<{ token?: string }>(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })
    if (!answer?.token) return { errorKey: "unavailable", email }
    token = answer.token
  } catch (error) {
    if (error instanceof ProducerApiError && [400, 401, 403, 404].includes(error.status)) return { errorKey: "invalidCredentials", email }
    console.error(`[storefront] ${actor} sign-in:`, error instanceof Error ? error.message : error)
    return { errorKey: "unavailable", email }
  }
  if (options.verify) {
    try {
      const refused = await options.verify(token)
      if (refused) return { errorKey: refused, email }
    } catch (error) {
      console.error(`[storefront] ${actor} sign-in check:`, error instanceof Error ? error.message : error)
      return { errorKey: "unavailable", email }
    }
  }
  return { token, email, locale }
}

export function isSignedIn(result: SignedIn | SignInState): result is SignedIn {
  return "token" in result && typeof result.token === "string"
}
