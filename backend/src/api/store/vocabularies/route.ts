import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SCHEMES } from "../../../modules/certification/data/schemes"
import { VOCABULARIES } from "../../../modules/product-attributes/data/vocabularies"

/**
 * GET /store/vocabularies: the fixed vocabularies the catalog filters on (fabric, soft power,
 * campaigns) and the certification schemes, each with Thai and English labels.
 */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({
    ...VOCABULARIES,
    certification_schemes: SCHEMES.map((s) => ({
      code: s.code,
      label: s.label,
      issuer: s.issuer,
      applies_to: s.applies_to,
      number_example: s.format?.example ?? null,
      number_hint: s.format?.hint ?? null,
      number_mask: s.format?.mask ?? null,
      lookup_url: s.lookup_url,
      default_validity_years: s.default_validity_years,
      reminder_days: s.reminder_days,
    })),
  })
}
