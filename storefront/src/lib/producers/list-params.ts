import type { RawSearchParams } from "@/lib/catalog/params"
import { REGION_CODES } from "@/lib/catalog/params"
import { PROVINCE_CODES } from "@/lib/provinces"

export type RegionCode = (typeof REGION_CODES)[number]

/** Groups per page of /producers. */
export const GROUPS_PER_PAGE = 24

/** Far past any real number of groups; keeps a hand-typed ?page= from becoming a huge offset. */
const MAX_PAGE = 10_000

/** What /producers?page=&province=&region= asks for, with the values it could not use. */
export type ProducersQuery = {
  page: number
  province: string | null
  region: RegionCode | null
  /** Filters given with an unknown value: left out of the list, and said so on the page. */
  rejected: ("province" | "region")[]
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

export function parseProducersQuery(raw: RawSearchParams): ProducersQuery {
  const rejected: ProducersQuery["rejected"] = []
  const provinceValue = first(raw.province)
  const regionValue = first(raw.region)
  const province = provinceValue && PROVINCE_CODES.includes(provinceValue) ? provinceValue : null
  if (provinceValue && !province) rejected.push("province")
  const region = regionValue && (REGION_CODES as readonly string[]).includes(regionValue) ? (regionValue as RegionCode) : null
  if (regionValue && !region) rejected.push("region")
  const pageNumber = Number.parseInt(first(raw.page) ?? "1", 10)
  const page = Number.isFinite(pageNumber) && pageNumber > 0 ? Math.min(pageNumber, MAX_PAGE) : 1
  return { page, province, region, rejected }
}

/** The filters as URL parameters (for paging links and "clear"), without the page. */
export function producersFilterParams(query: Pick<ProducersQuery, "province" | "region">): Record<string, string> {
  return { ...(query.province ? { province: query.province } : {}), ...(query.region ? { region: query.region } : {}) }
}

export const pageOffset = (page: number) => (page - 1) * GROUPS_PER_PAGE

export const pageCountOf = (count: number) => Math.max(1, Math.ceil(count / GROUPS_PER_PAGE))
