import { model } from "@medusajs/framework/utils"
import { ProducerGroup } from "./producer-group"

/** An owner's invitation by email; accepted when someone registers or signs in with that email. */
export const GroupInvite = model
  .define("producer_group_invite", {
    id: model.id({ prefix: "pginv" }).primaryKey(),
    email: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    token: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token"], unique: true }, { on: ["email"] }])
