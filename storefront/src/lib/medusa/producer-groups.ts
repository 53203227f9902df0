import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { activeClosure, type GroupClosure, type StoreGroupClosure } from "@/lib/closure"
import { storeFetch, TAGS } from "./client"

/** The closure of a product's group, if it is closed now (one short-cached call per group). */
export const getGroupClosure = cache(async (locale: AppLocale, handle: string): Promise<GroupClosure | null> => {
  const { producer_group } = await storeFetch<{ producer_group: StoreGroupClosure }>(`/store/producer-groups/${encodeURIComponent(handle)}`, {
    locale,
    tags: [TAGS.products],
    revalidate: 30,
  })
  return activeClosure(producer_group, locale)
})
