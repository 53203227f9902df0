import { model } from "@medusajs/framework/utils"
import { ProducerGroup } from "./producer-group"

export const DOCUMENT_KINDS = ["id_card_chair", "house_registration", "product_photo", "power_of_attorney", "other"] as const

/** A registration document CDD asks for, stored through Medusa's File module. */
export const GroupDocument = model.define("producer_group_document", {
  id: model.id({ prefix: "pgdoc" }).primaryKey(),
  kind: model.enum([...DOCUMENT_KINDS]),
  file_id: model.text(),
  url: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  group: model.belongsTo(() => ProducerGroup, { mappedBy: "documents" }),
})
