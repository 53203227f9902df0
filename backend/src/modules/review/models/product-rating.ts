import { model } from "@medusajs/framework/utils"

/**
 * A product's published-review summary, kept up to date whenever one of its reviews changes, so
 * that pages read it instead of aggregating every review on every view. Integers only: the
 * average is rating_sum / rating_count.
 */
export const ProductRating = model
  .define("product_rating", {
    id: model.id({ prefix: "prat" }).primaryKey(),
    product_id: model.text(),
    rating_sum: model.number().default(0),
    rating_count: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])
