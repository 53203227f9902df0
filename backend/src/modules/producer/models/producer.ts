import { model } from "@medusajs/framework/utils"
import { GroupMembership } from "./group-membership"

/** A person who signs in as a producer (actor type `producer`) and acts for one or more groups. */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pmbr" }).primaryKey(),
    email: model.text(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    memberships: model.hasMany(() => GroupMembership, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
