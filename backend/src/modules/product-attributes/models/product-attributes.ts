import { model } from "@medusajs/framework/utils"

/**
 * Typed attributes of one product with fixed vocabularies (./data/vocabularies.ts) the catalog
 * filters on: the Thai-fabric facts of a textile (null for other products), soft-power sectors
 * and campaigns.
 */
export const ProductAttributes = model
  .define("product_attributes", {
    id: model.id({ prefix: "pattr" }).primaryKey(),
    product_id: model.text(),
    group_id: model.text(),
    fiber: model.text().nullable(),
    techniques: model.array().default([]),
    dye: model.text().nullable(),
    fabric_type: model.text().nullable(),
    royal_pattern: model.text().nullable(),
    royal_pattern_year_be: model.number().nullable(),
    /** The province's declared identity pattern (ผ้าลายอัตลักษณ์ประจำจังหวัด), by name. */
    provincial_pattern: model.text().nullable(),
    hand_woven: model.boolean().nullable(),
    soft_power: model.array().default([]),
    campaigns: model.array().default([]),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["group_id"] }])
