import { model } from "@medusajs/framework/utils"

/**
 * A buyer's review of a product: 1–5 stars and a text, from a customer whose delivered order
 * contained it; one per customer and product (editing sends it back to moderation). Operators
 * moderate; the producer group may answer once, publicly. Not to be confused with the official
 * OTOP star grade (module otop-grade).
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    order_id: model.text(),
    group_id: model.text(),
    rating: model.number(),
    title: model.text().nullable(),
    body: model.text(),
    /** The name shown with the review ("สมศรี ใ."), chosen when it was written. */
    display_name: model.text(),
    status: model.enum(["pending", "published", "rejected"]).default("pending"),
    moderation_reason: model.text().nullable(),
    moderated_by: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    reply_body: model.text().nullable(),
    reply_by: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status"] },
    { on: ["group_id"] },
    { on: ["status"] },
  ])
