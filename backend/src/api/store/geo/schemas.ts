import { z } from "@medusajs/framework/zod"

// DOPA geocodes: province PP, district PPDD, subdistrict PPDDTT; Thai postcodes are 5 digits.
export const ProvinceCodeParams = z.object({ code: z.string().regex(/^\d{2}$/, "a province code is 2 digits, e.g. 50") })
export const DistrictCodeParams = z.object({ code: z.string().regex(/^\d{4}$/, "a district code is 4 digits, e.g. 5001") })
export const SubdistrictCodeParams = z.object({
  code: z.string().regex(/^\d{6}$/, "a subdistrict code is 6 digits, e.g. 500101"),
})
export const PostcodeQuery = z.object({
  postcode: z.string({ error: "postcode is required: 5 digits, e.g. 50200" }).regex(/^\d{5}$/, "a postcode is 5 digits, e.g. 50200"),
})
export const ProvinceListQuery = z.object({
  region: z.enum(["north", "northeast", "central", "east", "west", "south"]).optional(),
  inspection_zone: z.string().regex(/^(\d{1,2}|central)$/).optional(),
})

/** Reference data changes rarely: let browsers and CDNs keep it for a day. */
export const GEO_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800"
