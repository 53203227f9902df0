"use server"

import { hasLocale } from "next-intl"
import { revalidatePath, updateTag } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { TAGS } from "@/lib/medusa/client"
import { isUnauthorized, producerFetch, ProducerApiError } from "./api"
import { GROUP_COOKIE, TOKEN_COOKIE } from "./session"
import {
  attributesPayload,
  certificationRequest,
  mapAttributesApiError,
  mapCertificationApiError,
  readAttributesForm,
  readCertificationForm,
  validateAttributes,
  validateCertificationForm,
  type AttributesFormState,
  type CertificationFormState,
} from "./trust"
import { getTrustVocabularies } from "./trust-data"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

async function authOrLogin(locale: AppLocale) {
  const store = await cookies()
  const token = store.get(TOKEN_COOKIE)?.value
  if (!token) return redirect({ href: "/producer/login", locale })
  return { token, groupId: store.get(GROUP_COOKIE)?.value ?? null }
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] producer trust ${context}:`, error instanceof Error ? error.message : error)
}

const certificationPath = (id: string) => `/producer/certifications/${encodeURIComponent(id)}`

/**
 * Files a certification for a product (or for the group, when the scheme certifies the
 * producer). Without a document it is saved as a draft; the page it lands on says so.
 */
export async function submitCertification(_previous: CertificationFormState, form: FormData): Promise<CertificationFormState> {
  const locale = localeOf(form)
  const values = readCertificationForm(form)
  let vocabularies
  try {
    vocabularies = await getTrustVocabularies(locale)
  } catch (error) {
    logError("vocabularies", error)
    return { values, errorKey: "unavailable" }
  }
  const scheme = vocabularies.certification_schemes.find((entry) => entry.code === values.scheme)
  const fieldErrors = validateCertificationForm(values, scheme)
  if (Object.keys(fieldErrors).length > 0 || !scheme) return { values, fieldErrors }

  const auth = await authOrLogin(locale)
  const request = certificationRequest(values, scheme)
  let id: string
  try {
    const { certification } = await producerFetch<{ certification: { id: string } }>(request.path, { method: "POST", ...auth, body: request.body })
    id = certification.id
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status < 500) {
      const mapped = mapCertificationApiError(error.message)
      return mapped ? { values, fieldErrors: mapped } : { values, apiMessage: error.message }
    }
    logError("submit certification", error)
    return { values, errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/producer", "layout")
  return redirect({ href: { pathname: certificationPath(id), query: { submitted: "1" } }, locale })
}

/** Attaches the document to a draft (or replaces it on a pending or rejected claim): it goes to staff. */
export async function attachCertificationDocument(_previous: CertificationFormState, form: FormData): Promise<CertificationFormState> {
  const locale = localeOf(form)
  const id = String(form.get("certification_id") ?? "")
  const documentId = String(form.get("document_id") ?? "").trim()
  if (!id) return { errorKey: "notFound" }
  if (!documentId) return { fieldErrors: { document_id: "documentMissing" } }
  const auth = await authOrLogin(locale)
  try {
    await producerFetch(`${certificationPath(id)}/document`, { method: "POST", ...auth, body: { document_id: documentId } })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status === 404 && /^Certification with id/i.test(error.message)) return { errorKey: "notFound" }
    if (error instanceof ProducerApiError && error.status < 500) {
      const mapped = mapCertificationApiError(error.message)
      return mapped ? { fieldErrors: mapped } : { apiMessage: error.message }
    }
    logError("attach document", error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/producer", "layout")
  return redirect({ href: { pathname: certificationPath(id), query: { attached: "1" } }, locale })
}

/** Saves a product's fabric (textiles only), soft-power and campaign attributes. */
export async function saveProductAttributes(_previous: AttributesFormState, form: FormData): Promise<AttributesFormState> {
  const locale = localeOf(form)
  const productId = String(form.get("product_id") ?? "")
  const textile = form.get("textile") === "1"
  const values = readAttributesForm(form)
  if (!productId) return { values, errorKey: "notFound" }
  let vocabularies
  try {
    vocabularies = await getTrustVocabularies(locale)
  } catch (error) {
    logError("vocabularies", error)
    return { values, errorKey: "unavailable" }
  }
  const fieldErrors = validateAttributes(values, textile, vocabularies)
  if (Object.keys(fieldErrors).length > 0) return { values, fieldErrors }

  const auth = await authOrLogin(locale)
  const path = `/producer/products/${encodeURIComponent(productId)}/attributes`
  try {
    await producerFetch(path, { method: "POST", ...auth, body: attributesPayload(values, textile, vocabularies.royal_pattern) })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
    if (error instanceof ProducerApiError && error.status === 404) return { values, errorKey: "notFound" }
    if (error instanceof ProducerApiError && error.status < 500) {
      const mapped = mapAttributesApiError(error.message)
      return mapped ? { values, fieldErrors: mapped } : { values, apiMessage: error.message }
    }
    logError("save attributes", error)
    return { values, errorKey: "unavailable" }
  }
  // The store's catalog filters on these attributes: its cached pages follow.
  revalidatePath("/[locale]/producer", "layout")
  updateTag(TAGS.products)
  return redirect({
    href: { pathname: `/producer/products/${encodeURIComponent(productId)}/attributes`, query: { saved: Date.now().toString(36) } },
    locale,
  })
}
