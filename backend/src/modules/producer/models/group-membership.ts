import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"
import { ProducerGroup } from "./producer-group"

export const MEMBER_ROLES = ["owner", "staff"] as const

/** A producer's role in a group: owners do everything, staff manage listings, stock and orders. */
export const GroupMembership = model
  .define("producer_group_membership", {
    id: model.id({ prefix: "pgmem" }).primaryKey(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "memberships" }),
    producer: model.belongsTo(() => Producer, { mappedBy: "memberships" }),
  })
  .indexes([{ on: ["group_id", "producer_id"], unique: true, where: "deleted_at IS NULL" }])
