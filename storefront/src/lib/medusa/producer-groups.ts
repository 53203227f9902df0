import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { reshapeProducerGroup, type ProducerGroup, type StoreProducerGroup } from "@/lib/catalog/producer-group"
import { storeFetch, TAGS } from "./client"
import { httpStatusOf } from "./errors"

/** Cache tag of the producer groups' public pages (story, location, closure). */
export const GROUP_TAGS = { producerGroups: "producer-groups" } as const

// A closure starts and ends on its own dates: keep a group no longer than half a minute.
const GROUP_REVALIDATE_SECONDS = 30

/** An approved producer group's public page data, or null when there is no such group. */
export const getProducerGroup = cache(async (locale: AppLocale, handle: string): Promise<ProducerGroup | null> => {
  try {
    const { producer_group } = await storeFetch<{ producer_group: StoreProducerGroup }>(`/store/producer-groups/${encodeURIComponent(handle)}`, {
      locale,
      // The backend revalidates `producer-group:<handle>` when this group's data changes.
      tags: [TAGS.products, GROUP_TAGS.producerGroups, `producer-group:${handle}`],
      revalidate: GROUP_REVALIDATE_SECONDS,
    })
    return reshapeProducerGroup(producer_group, locale)
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

type ListGroupsOptions = { province?: string; region?: string; limit?: number; offset?: number }

/** Approved groups (by Thai name), optionally of one province or region. */
export async function listProducerGroups(locale: AppLocale, { province, region, limit = 20, offset = 0 }: ListGroupsOptions = {}) {
  const response = await storeFetch<{ producer_groups: StoreProducerGroup[]; count: number }>("/store/producer-groups", {
    locale,
    query: { limit, offset, ...(province ? { province_code: province } : {}), ...(region ? { region } : {}) },
    tags: [GROUP_TAGS.producerGroups],
    revalidate: GROUP_REVALIDATE_SECONDS,
  })
  return { groups: response.producer_groups.map((group) => reshapeProducerGroup(group, locale)), count: response.count }
}
