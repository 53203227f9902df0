import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { storeFetch } from "@/lib/medusa/client"
import { producerFetch, ProducerApiError } from "./api"
import type { ProducerCertification, ProductAttributes, TrustVocabularies } from "./trust"

type Auth = { token: string; groupId: string | null }

/** The vocabularies and certification schemes change with a deployment, not per visitor: cached an hour. */
export function getTrustVocabularies(locale: AppLocale): Promise<TrustVocabularies> {
  return storeFetch<TrustVocabularies>("/store/vocabularies", { locale, tags: ["vocabularies"], revalidate: 3600 })
}

/** All of the acting group's certifications (product and group ones), newest first. */
export async function listGroupCertifications(auth: Auth): Promise<ProducerCertification[]> {
  const { certifications } = await producerFetch<{ certifications: ProducerCertification[] }>("/producer/certifications", auth)
  return certifications
}

/** One product's certifications, or null when the product is not the group's. */
export async function listProductCertifications(auth: Auth, productId: string): Promise<ProducerCertification[] | null> {
  return notFoundAsNull(async () => {
    const path = `/producer/products/${encodeURIComponent(productId)}/certifications`
    return (await producerFetch<{ certifications: ProducerCertification[] }>(path, auth)).certifications
  })
}

export async function getCertification(auth: Auth, id: string): Promise<ProducerCertification | null> {
  return notFoundAsNull(async () => {
    const path = `/producer/certifications/${encodeURIComponent(id)}`
    return (await producerFetch<{ certification: ProducerCertification }>(path, auth)).certification
  })
}

/** The product's fabric, soft-power and campaign attributes (null when none were set); undefined: not the group's product. */
export async function getProductAttributes(auth: Auth, productId: string): Promise<ProductAttributes | null | undefined> {
  try {
    const path = `/producer/products/${encodeURIComponent(productId)}/attributes`
    return (await producerFetch<{ attributes: ProductAttributes | null }>(path, auth)).attributes
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return undefined
    throw error
  }
}

async function notFoundAsNull<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return null
    throw error
  }
}
