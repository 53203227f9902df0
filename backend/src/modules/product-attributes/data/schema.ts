import { z } from "@medusajs/framework/zod"
import { codesOf, ROYAL_PATTERNS, SOFT_POWER_SECTORS } from "./vocabularies"

const oneOf = (name: Parameters<typeof codesOf>[0]) => {
  const codes = codesOf(name)
  return z.string().refine((v) => codes.includes(v), { message: `one of ${codes.join(", ")}` })
}

/** What a producer sets for a product (every list is the complete new list). */
export const ProductAttributesBody = z
  .object({
    fabric: z
      .object({
        fiber: oneOf("fiber"),
        techniques: z.array(oneOf("technique")).max(6).default([]),
        dye: oneOf("dye").nullish(),
        fabric_type: oneOf("fabric_type").nullish(),
        royal_pattern: oneOf("royal_pattern").nullish(),
        royal_pattern_year_be: z.number().int().min(2563).max(2700).nullish(),
        provincial_pattern: z.string().trim().min(2).max(120).nullish(),
        hand_woven: z.boolean().nullish(),
      })
      // A misspelt fabric field is refused like one of the body's, not silently dropped.
      .strict()
      .nullish(),
    // Every sector at most once: the bound follows the list, which grows as data (domain facts §5).
    soft_power: z.array(oneOf("soft_power")).max(SOFT_POWER_SECTORS.length).default([]),
    campaigns: z.array(oneOf("campaign")).max(5).default([]),
  })
  .strict()
  .superRefine((body, ctx) => {
    const unique = (list: string[], path: (string | number)[]) =>
      list.forEach((v, i) => list.indexOf(v) !== i && ctx.addIssue({ code: "custom", path: [...path, i], message: `'${v}' is listed twice` }))
    unique(body.fabric?.techniques ?? [], ["fabric", "techniques"])
    unique(body.soft_power, ["soft_power"])
    unique(body.campaigns, ["campaigns"])
    const pattern = body.fabric?.royal_pattern
    if (pattern && !body.fabric?.royal_pattern_year_be && !ROYAL_PATTERNS.find((p) => p.code === pattern)?.year_be) {
      ctx.addIssue({ code: "custom", path: ["fabric", "royal_pattern_year_be"], message: "the year (BE) the royal pattern was bestowed" })
    }
  })

export type ProductAttributesBodyType = z.infer<typeof ProductAttributesBody>
