import { model } from "@medusajs/framework/utils"

/**
 * A file a producer uploaded through Medusa's File module (registration documents, product
 * photos, logos). Kept per producer and group so that nobody can use another's upload.
 */
export const ProducerUpload = model
  .define("producer_upload", {
    id: model.id({ prefix: "pupl" }).primaryKey(),
    producer_id: model.text(),
    group_id: model.text().nullable(),
    file_id: model.text(),
    url: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
    /** `document`s (ID cards, certificates) are stored privately and only streamed to staff and their owner. */
    purpose: model.enum(["picture", "document"]).default("picture"),
  })
  .indexes([{ on: ["producer_id"] }, { on: ["group_id"] }])
