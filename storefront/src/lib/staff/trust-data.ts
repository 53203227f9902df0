import "server-only"
import { getSdk } from "@/lib/medusa/client"
import { ProducerApiError, producerFetch } from "@/lib/producer/api"
import { TRUST_PAGE_SIZE } from "./trust"
import {
  CERTIFICATION_STATUSES,
  type CertificationSchemeOption,
  type CertificationStatus,
  type OtopGrade,
  type StaffCertification,
  type StaffCertificationList,
  type StaffProductDetail,
  type StaffProductList,
} from "./trust-types"

export type QueueFilters = { status?: CertificationStatus; scheme?: string; province?: string; q?: string; limit?: number; offset?: number }

export function listStaffCertifications(token: string, filters: QueueFilters) {
  return producerFetch<StaffCertificationList>("/staff/certifications", {
    token,
    query: {
      status: filters.status,
      scheme: filters.scheme || undefined,
      province: filters.province || undefined,
      q: filters.q || undefined,
      limit: filters.limit ?? TRUST_PAGE_SIZE,
      offset: filters.offset ?? 0,
    },
  })
}

/** How many certifications each status tab holds under the same filters (null when unknown). */
export async function certificationCounts(token: string, filters: Omit<QueueFilters, "status" | "limit" | "offset">) {
  const entries = await Promise.all(
    CERTIFICATION_STATUSES.map(async (status) => {
      try {
        const { count } = await listStaffCertifications(token, { ...filters, status, limit: 1, offset: 0 })
        return [status, count] as const
      } catch (error) {
        if (error instanceof ProducerApiError && error.status === 401) throw error
        return [status, null] as const
      }
    }),
  )
  return Object.fromEntries(entries) as Record<CertificationStatus, number | null>
}

/** One certification in the officer's scope, or null when it is not there (outside the scope or unknown). */
export async function getStaffCertification(token: string, id: string): Promise<StaffCertification | null> {
  try {
    const { certification } = await producerFetch<{ certification: StaffCertification }>(`/staff/certifications/${encodeURIComponent(id)}`, { token })
    return certification
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return null
    throw error
  }
}

export type ProductFilters = { q?: string; province?: string; limit?: number; offset?: number }

export function listStaffProducts(token: string, filters: ProductFilters) {
  return producerFetch<StaffProductList>("/staff/products", {
    token,
    query: {
      q: filters.q || undefined,
      province: filters.province || undefined,
      limit: filters.limit ?? TRUST_PAGE_SIZE,
      offset: filters.offset ?? 0,
    },
  })
}

/** A product in the officer's scope with its grade history (latest round first), or null outside the scope. */
export async function getStaffProductGrades(token: string, id: string): Promise<{ product: StaffProductDetail; grades: OtopGrade[] } | null> {
  try {
    const path = `/staff/products/${encodeURIComponent(id)}`
    const [{ product }, { grades }] = await Promise.all([
      producerFetch<{ product: StaffProductDetail }>(path, { token }),
      producerFetch<{ grades: OtopGrade[] }>(`${path}/grades`, { token }),
    ])
    return { product, grades }
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return null
    throw error
  }
}

/** The certification schemes with their labels (public data, cached an hour); an empty list on failure. */
export async function certificationSchemes(): Promise<CertificationSchemeOption[]> {
  try {
    const { certification_schemes } = await getSdk().client.fetch<{ certification_schemes: CertificationSchemeOption[] }>(
      "/store/vocabularies",
      { method: "GET", next: { revalidate: 3600, tags: ["vocabularies"] }, signal: AbortSignal.timeout(10_000) },
    )
    return certification_schemes ?? []
  } catch (error) {
    console.error("[storefront] staff schemes:", error instanceof Error ? error.message : error)
    return []
  }
}
