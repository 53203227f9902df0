import { model } from "@medusajs/framework/utils"
import { ProducerGroup } from "./producer-group"

/** The registration's history: every status change, who made it and why. */
export const GroupStatusEvent = model.define("producer_group_status_event", {
  id: model.id({ prefix: "pgse" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
  group: model.belongsTo(() => ProducerGroup, { mappedBy: "status_events" }),
})
