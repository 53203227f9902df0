import { model } from "@medusajs/framework/utils"

/**
 * A producer group cancelled (part of) its lines of an order, and why. The order itself is
 * changed through Medusa's order edit; this keeps the group's reason for the buyer and CDD.
 */
export const GroupOrderCancellation = model
  .define("producer_group_order_cancellation", {
    id: model.id({ prefix: "pgoc" }).primaryKey(),
    group_id: model.text(),
    order_id: model.text(),
    reason: model.text(),
    /** [{ line_item_id, quantity }] */
    items: model.json(),
    canceled_by: model.text(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["group_id"] }])
