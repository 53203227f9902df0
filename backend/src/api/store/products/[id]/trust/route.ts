import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toProduct } from "../../../catalog/query"

// The catalog row carries what the listing shows (latest grade, verified certifications, fabric,
// soft power, rating); the product page adds the grade history and the campaigns.
const ENTRY_FIELDS = [
  "product_id", "handle", "title_th", "title_en", "thumbnail", "category", "group_handle", "group_name_th", "group_name_en",
  "province_code", "price_min", "in_stock", "stars", "round_be", "certifications", "fabric", "soft_power", "rating_sum", "rating_count",
]

/**
 * GET /store/products/:id/trust: what makes a product trustworthy, for its page: the official
 * grade of the latest round and every round before, the verified unexpired certifications with
 * their issuer look-up, fabric and soft-power attributes, campaigns, and the buyers' rating
 * (kept apart from the grade). Only products on the marketplace (published, of an approved
 * group, i.e. with a catalog row); anything else is a 404. Three reads whatever the product.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const id = req.params.id
  const [{ data: [entry] }, { data: grades }, { data: [attributes] }] = await Promise.all([
    query.graph({ entity: "catalog_entry", fields: ENTRY_FIELDS, filters: { product_id: id } }),
    query.graph({
      entity: "otop_grade",
      fields: ["round_be", "stars", "score", "certificate_number", "announced_at"],
      filters: { product_id: id },
      pagination: { order: { round_be: "DESC" } },
    }),
    query.graph({ entity: "product_attributes", fields: ["campaigns"], filters: { product_id: id } }),
  ])
  if (!entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  const locale = /^en/i.test(String((req as any).locale ?? "")) ? "en" : "th"
  const product = toProduct(entry, locale)
  res.json({
    trust: {
      product_id: product.id,
      // The grade module is the source of truth: the latest round of the history shown below it.
      otop_grade: grades[0] ? { stars: grades[0].stars, round_be: grades[0].round_be } : null,
      grades: grades.map((g: any) => ({
        round_be: g.round_be,
        stars: g.stars,
        score: g.score ?? null,
        certificate_number: g.certificate_number ?? null,
        announced_at: g.announced_at ?? null,
      })),
      certifications: product.certifications,
      fabric: product.fabric,
      soft_power: product.soft_power,
      campaigns: (attributes as any)?.campaigns ?? [],
      rating: product.rating,
      producer_group: product.producer_group,
    },
  })
}
