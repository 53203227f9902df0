import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { toPublicCertification } from "../../../modules/certification/data/public-view"
import type CertificationModuleService from "../../../modules/certification/service"
import { OTOP_GRADE_MODULE } from "../../../modules/otop-grade"
import type OtopGradeModuleService from "../../../modules/otop-grade/service"
import { PRODUCT_ATTRIBUTES_MODULE } from "../../../modules/product-attributes"
import type ProductAttributesModuleService from "../../../modules/product-attributes/service"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { CatalogCertification, CatalogRow } from "../../../modules/catalog/types"

const PRODUCT_FIELDS = [
  "id", "handle", "title", "thumbnail", "status", "created_at", "deleted_at",
  "categories.handle",
  "variants.id", "variants.manage_inventory", "variants.allow_backorder",
  "variants.prices.amount", "variants.prices.currency_code", "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity", "variants.inventory_items.inventory.location_levels.available_quantity",
  "producer_group.id", "producer_group.handle", "producer_group.name_th", "producer_group.name_en",
  "producer_group.province_code", "producer_group.region", "producer_group.status",
  "producer_group.closed_from", "producer_group.closed_until",
]

/** "150", "150.5", 150.5 or a BigNumber-like value → integer satang, by decimal string arithmetic (no float rounding). */
export function toSatang(amount: unknown): number | null {
  if (amount === null || amount === undefined) return null
  const text = typeof amount === "object" && amount && "value" in (amount as any) ? String((amount as any).value) : String(amount)
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim())
  if (!m) return null
  const [, sign, whole, frac = ""] = m
  const cents = Number(whole) * 100 + Number((frac + "00").slice(0, 2)) + (Number(frac[2] ?? "0") >= 5 ? 1 : 0)
  return sign ? -cents : cents
}

const iso = (d: unknown) => (d ? new Date(d as any).toISOString() : null)

/**
 * Reads everything the catalog rows of `product_ids` need, in a fixed number of queries (one
 * graph query for products with prices, stock and group; one each for translations, grades,
 * certifications, attributes and ratings), whatever the number of products. Products that are not
 * sellable (missing, unpublished, group not approved) get no row.
 */
export const buildCatalogRowsStep = createStep(
  "build-catalog-rows",
  async ({ product_ids, now }: { product_ids: string[]; now?: string }, { container }) => {
    const ids = [...new Set(product_ids)]
    if (!ids.length) return new StepResponse({ product_ids: ids, rows: [] as CatalogRow[] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
    const sellable = products.filter((p: any) => p && !p.deleted_at && p.status === "published" && p.producer_group?.status === "approved")
    const sellableIds = sellable.map((p: any) => p.id as string)
    if (!sellableIds.length) return new StepResponse({ product_ids: ids, rows: [] as CatalogRow[] })
    const groupIds = [...new Set(sellable.map((p: any) => p.producer_group.id as string))]

    const grades: OtopGradeModuleService = container.resolve(OTOP_GRADE_MODULE)
    const certs: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
    const attributes: ProductAttributesModuleService = container.resolve(PRODUCT_ATTRIBUTES_MODULE)
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const [{ data: translations }, latest, productCerts, groupCerts, attrs, ratings] = await Promise.all([
      query.graph({ entity: "translation", fields: ["reference_id", "translations"], filters: { reference_id: sellableIds, locale_code: "en-US" } }),
      grades.latestByProduct(sellableIds),
      certs.listCertifications({ product_id: sellableIds, status: "verified" } as any),
      // Group-wide certifications (GMP, …) count for every product of the group.
      certs.listCertifications({ group_id: groupIds, product_id: null, status: "verified" } as any),
      attributes.listProductAttributes({ product_id: sellableIds }),
      reviews.listProductRatings({ product_id: sellableIds }),
    ])
    const english = new Map(translations.map((t: any) => [t.reference_id, t.translations ?? {}]))
    const attrsBy = new Map(attrs.map((a: any) => [a.product_id, a]))
    const ratingBy = new Map(ratings.map((r: any) => [r.product_id, r]))
    const at = now ? new Date(now) : new Date()
    const valid = (c: any) => !c.expires_at || new Date(c.expires_at) > at
    const certsBy = new Map<string, any[]>()
    for (const c of productCerts.filter(valid)) certsBy.set(c.product_id!, [...(certsBy.get(c.product_id!) ?? []), c])
    const groupCertsBy = new Map<string, any[]>()
    for (const c of groupCerts.filter(valid)) groupCertsBy.set(c.group_id, [...(groupCertsBy.get(c.group_id) ?? []), c])

    const rows: CatalogRow[] = sellable.map((p: any) => {
      const g = p.producer_group
      let priceMin: number | null = null
      let inStock = false
      for (const v of p.variants ?? []) {
        for (const price of v.prices ?? []) {
          if (price.currency_code !== "thb" || price.price_list_id) continue
          const satang = toSatang(price.amount)
          if (satang !== null && (priceMin === null || satang < priceMin)) priceMin = satang
        }
        if (!v.manage_inventory || v.allow_backorder) inStock = true
        else {
          const items = v.inventory_items ?? []
          const sellableUnits = items.length
            ? Math.min(...items.map((i: any) => {
                const available = (i.inventory?.location_levels ?? []).reduce((s: number, l: any) => s + Number(l.available_quantity ?? 0), 0)
                return Math.floor(available / Number(i.required_quantity || 1))
              }))
            : 0
          if (sellableUnits > 0) inStock = true
        }
      }
      const own = [...(certsBy.get(p.id) ?? []), ...(groupCertsBy.get(g.id) ?? [])]
      const shown: CatalogCertification[] = own
        .sort((a, b) => a.scheme.localeCompare(b.scheme))
        .map(toPublicCertification)
      const a: any = attrsBy.get(p.id)
      const r: any = ratingBy.get(p.id)
      const grade = latest.get(p.id)
      const titleEn = (english.get(p.id) as any)?.title ?? null
      const ratingSum = Number(r?.rating_sum ?? 0)
      const ratingCount = Number(r?.rating_count ?? 0)
      const fabric = a?.fiber
        ? {
            fiber: a.fiber, techniques: a.techniques ?? [], dye: a.dye ?? null, fabric_type: a.fabric_type ?? null,
            royal_pattern: a.royal_pattern ?? null, royal_pattern_year_be: a.royal_pattern_year_be ?? null,
            provincial_pattern: a.provincial_pattern ?? null, hand_woven: a.hand_woven ?? null,
          }
        : null
      return {
        product_id: p.id,
        handle: p.handle,
        title_th: p.title,
        title_en: titleEn,
        thumbnail: p.thumbnail ?? null,
        category: p.categories?.[0]?.handle ?? null,
        group_id: g.id,
        group_handle: g.handle,
        group_name_th: g.name_th,
        group_name_en: g.name_en ?? null,
        province_code: g.province_code,
        region: g.region,
        closed_from: iso(g.closed_from),
        closed_until: iso(g.closed_until),
        price_min: priceMin,
        in_stock: inStock,
        stars: grade?.stars ?? null,
        round_be: grade?.round_be ?? null,
        cert_schemes: [...new Set(shown.map((c) => c.scheme))],
        gi: shown.some((c) => c.scheme === "gi"),
        certifications: shown,
        fiber: a?.fiber ?? null,
        techniques: a?.techniques ?? [],
        dye: a?.dye ?? null,
        fabric,
        soft_power: a?.soft_power ?? [],
        rating_sum: ratingSum,
        rating_count: ratingCount,
        rating_score: ratingCount ? Math.round((ratingSum * 100) / ratingCount) : 0,
        search: [p.title, titleEn, g.name_th, g.name_en, p.handle].filter(Boolean).join(" ").toLowerCase(),
        product_created_at: iso(p.created_at)!,
      }
    })
    return new StepResponse({ product_ids: ids, rows })
  }
)
