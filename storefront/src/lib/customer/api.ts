import "server-only"
import { LOCALE_TAGS, type AppLocale } from "@/i18n/routing"
import { producerFetch } from "@/lib/producer/api"

type StoreCallOptions = {
  token?: string | null
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number | undefined>
  body?: unknown
  /** The reader's language, for Medusa's Translation Module (product titles). */
  locale?: AppLocale
}

/**
 * A store API call for one signed-in customer: never cached, with the publishable key and the
 * customer's bearer token. Error answers throw ProducerApiError (status and the backend's message).
 */
export function customerFetch<T>(path: string, { token, method, query, body, locale }: StoreCallOptions = {}): Promise<T> {
  const headers: Record<string, string> = {}
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (key) headers["x-publishable-api-key"] = key
  if (locale) headers["x-medusa-locale"] = LOCALE_TAGS[locale]
  return producerFetch<T>(path, { token, method, query, body, headers })
}
