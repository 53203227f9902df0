import { model } from "@medusajs/framework/utils"

/**
 * Facet counts of the catalog read model, kept up to date with every catalog write (see
 * facet-summary.ts): how many catalog rows carry both value A of dimension `facet_a` and value B
 * of `facet_b` (dimension "all", value "*" is carried by every row). The store catalog answers
 * its counts from here when at most one filter is set — the landing page, a category, province,
 * region, grade or certification page — so that work does not grow with the catalog.
 * Closures are judged at request time: currently closed rows are subtracted then.
 */
export const CatalogFacetCount = model
  .define("catalog_facet_count", {
    id: model.id({ prefix: "catfc" }).primaryKey(),
    facet_a: model.text(),
    value_a: model.text(),
    facet_b: model.text(),
    value_b: model.text(),
    n: model.number().default(0),
  })
  .indexes([{ on: ["facet_a", "value_a", "facet_b", "value_b"], unique: true, where: "deleted_at IS NULL" }])
