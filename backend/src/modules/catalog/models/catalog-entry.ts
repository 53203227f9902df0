import { model } from "@medusajs/framework/utils"

/**
 * The store catalog's read model: one row per sellable product (published, of an approved group)
 * with everything the catalog filters, sorts and shows, denormalised from the product, its group,
 * grade, certifications, attributes and rating summary. Rebuilt per product by the
 * refresh-catalog-entries workflow whenever a source changes, so a catalog request reads this
 * table only and its cost does not grow with the rest of the database.
 * Prices are integer satang; the search text also has a trigram index (hand-written in the
 * migration) for Thai substring search.
 */
export const CatalogEntry = model
  .define("catalog_entry", {
    id: model.id({ prefix: "catent" }).primaryKey(),
    product_id: model.text(),
    handle: model.text(),
    title_th: model.text(),
    title_en: model.text().nullable(),
    thumbnail: model.text().nullable(),
    category: model.text().nullable(),
    group_id: model.text(),
    group_handle: model.text(),
    group_name_th: model.text(),
    group_name_en: model.text().nullable(),
    province_code: model.text(),
    region: model.text(),
    /** A temporary closure of the group: its products leave the catalog between these dates. */
    closed_from: model.dateTime().nullable(),
    closed_until: model.dateTime().nullable(),
    /** Lowest THB price of the product's variants, in satang (integer, never a float). */
    price_min: model.number().nullable(),
    in_stock: model.boolean().default(false),
    /** Latest official grade (round BE), null when never graded. */
    stars: model.number().nullable(),
    round_be: model.number().nullable(),
    /** Codes of the verified, unexpired certifications (product's own and group-wide). */
    cert_schemes: model.array().default([]),
    gi: model.boolean().default(false),
    /** The badges to show: [{ scheme, number, expires_at, lookup_url }]. */
    certifications: model.json().nullable(),
    fiber: model.text().nullable(),
    techniques: model.array().default([]),
    dye: model.text().nullable(),
    fabric: model.json().nullable(),
    soft_power: model.array().default([]),
    rating_sum: model.number().default(0),
    rating_count: model.number().default(0),
    /** Average × 100, rounded: an integer to sort on with an index. */
    rating_score: model.number().default(0),
    /** Thai and English titles, group names and handle, lowercased. */
    search: model.text(),
    product_created_at: model.dateTime(),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["category"] },
    { on: ["province_code"] },
    { on: ["region"] },
    { on: ["group_handle"] },
    { on: ["stars"] },
    { on: ["price_min"] },
    { on: ["product_created_at"] },
    { on: ["rating_score"] },
    { on: ["fiber"] },
    { on: ["dye"] },
    { on: ["cert_schemes"], type: "GIN" },
    { on: ["techniques"], type: "GIN" },
    { on: ["soft_power"], type: "GIN" },
  ])
