import "server-only"
import { cache } from "react"
import type { AppLocale } from "@/i18n/routing"
import { storeFetch, TAGS } from "./client"
import { reshapeRegion } from "./reshape"
import type { MedusaRegion, Region } from "./types"

export const STORE_CURRENCY = "thb"

/** The store's single region (Thailand, THB, prices include 7% VAT); prices are computed for it. */
export const getRegion = cache(async (locale: AppLocale): Promise<Region> => {
  const { regions } = await storeFetch<{ regions: MedusaRegion[] }>("/store/regions", {
    locale,
    query: { fields: "id,name,currency_code", limit: 50 },
    tags: [TAGS.regions],
    revalidate: 3600,
  })
  const region = regions.find((candidate) => candidate.currency_code?.toLowerCase() === STORE_CURRENCY)
  if (!region) throw new Error(`The store has no region with currency ${STORE_CURRENCY}`)
  return reshapeRegion(region)
})
