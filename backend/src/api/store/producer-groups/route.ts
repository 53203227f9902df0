import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { THAI_GEO_MODULE } from "../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../modules/thai-geo/service"
import { parseOrThrow } from "../../utils/validate"

export const PUBLIC_GROUP_FIELDS = [
  "id",
  "handle",
  "name_th",
  "name_en",
  "producer_type",
  "otop_registration_no",
  "province_code",
  "district_code",
  "subdistrict_code",
  "region",
  "village_th",
  "village_en",
  "moo",
  "story_th",
  "story_en",
  "logo_url",
  "cover_url",
  "closed_from",
  "closed_until",
  "closure_note_th",
  "closure_note_en",
]

const ListQuery = z.object({
  province_code: z.string().regex(/^\d{2}$/, "a 2-digit province code, e.g. 50").optional(),
  region: z.enum(["north", "northeast", "central", "east", "west", "south"]).optional(),
  producer_type: z.enum(["COMMUNITY_GROUP", "SINGLE_OWNER", "SME"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** The group's province, district and subdistrict (tambon) names in both languages, from its subdistrict code. */
export function publicLocation(geo: ThaiGeoModuleService, subdistrictCode: string) {
  const sub = geo.retrieveSubdistrict(subdistrictCode)
  return {
    province_code: sub.province.code,
    province_th: sub.province.name_th,
    province_en: sub.province.name_en,
    district_th: sub.district.name_th,
    district_en: sub.district.name_en,
    subdistrict_th: sub.name_th,
    subdistrict_en: sub.name_en,
  }
}

/** GET /store/producer-groups: approved groups only, filterable by province, region and type, each with its location names. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit, offset, ...filters } = parseOrThrow(ListQuery, req.query)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer_group",
    fields: PUBLIC_GROUP_FIELDS,
    filters: { ...filters, status: "approved" },
    pagination: { take: limit, skip: offset, order: { name_th: "ASC" } },
  })
  const geo: ThaiGeoModuleService = req.scope.resolve(THAI_GEO_MODULE)
  const groups = data.map((group: any) => ({ ...group, location: publicLocation(geo, group.subdistrict_code) }))
  res.json({ producer_groups: groups, count: metadata?.count ?? data.length, limit, offset })
}
