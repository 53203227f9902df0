import "server-only"
import { ProducerApiError, producerFetch } from "@/lib/producer/api"
import { getSdk } from "@/lib/medusa/client"
import type { GroupStatus, StaffDocument, StaffGroupDetail, StaffGroupList, SubdistrictLocation } from "./types"
import { GROUP_STATUSES } from "./types"

export type ListFilters = { status?: GroupStatus; q?: string; province?: string; limit?: number; offset?: number }

export function listStaffGroups(token: string, filters: ListFilters) {
  return producerFetch<StaffGroupList>("/staff/producer-groups", {
    token,
    query: {
      status: filters.status,
      q: filters.q || undefined,
      province_code: filters.province || undefined,
      limit: filters.limit ?? 20,
      offset: filters.offset ?? 0,
    },
  })
}

/** How many groups each status tab holds under the same search and province filters (null when unknown). */
export async function statusCounts(token: string, filters: Omit<ListFilters, "status" | "limit" | "offset">) {
  const entries = await Promise.all(
    GROUP_STATUSES.map(async (status) => {
      try {
        const { count } = await listStaffGroups(token, { ...filters, status, limit: 1, offset: 0 })
        return [status, count] as const
      } catch (error) {
        if (error instanceof ProducerApiError && error.status === 401) throw error
        return [status, null] as const
      }
    }),
  )
  return Object.fromEntries(entries) as Record<GroupStatus, number | null>
}

/** One registration in the officer's scope, or null when it is not there (outside the scope or unknown). */
export async function getStaffGroup(token: string, id: string): Promise<StaffGroupDetail | null> {
  try {
    const { producer_group } = await producerFetch<{ producer_group: StaffGroupDetail }>(
      `/staff/producer-groups/${encodeURIComponent(id)}`,
      { token },
    )
    return producer_group
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return null
    throw error
  }
}

/** A registration document's record (where the file is), or null when not in scope. */
export async function getStaffDocument(token: string, groupId: string, documentId: string): Promise<StaffDocument | null> {
  try {
    const { document } = await producerFetch<{ document: StaffDocument }>(
      `/staff/producer-groups/${encodeURIComponent(groupId)}/documents/${encodeURIComponent(documentId)}`,
      { token },
    )
    return document
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return null
    throw error
  }
}

/** The subdistrict with its district and province names (public geography, cached a day); null on failure. */
export async function subdistrictLocation(code: string): Promise<SubdistrictLocation | null> {
  if (!/^\d{6}$/.test(code)) return null
  try {
    const { subdistrict } = await getSdk().client.fetch<{ subdistrict: SubdistrictLocation }>(`/store/geo/subdistricts/${code}`, {
      method: "GET",
      next: { revalidate: 86_400, tags: ["geo"] },
      signal: AbortSignal.timeout(10_000),
    })
    return subdistrict
  } catch (error) {
    console.error("[storefront] staff subdistrict lookup:", error instanceof Error ? error.message : error)
    return null
  }
}
