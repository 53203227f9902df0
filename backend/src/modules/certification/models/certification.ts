import { model } from "@medusajs/framework/utils"

/**
 * A standard or mark a producer claims for one product (or for the whole group, where the scheme
 * certifies the producer), and what CDD staff decided about it. Without a document it stays a
 * draft and cannot be verified. Only `verified` and unexpired ones count as badges.
 */
export const Certification = model
  .define("certification", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    scheme: model.text(),
    /** Normalised (separators removed; มผช. as "<standard>/<BE year>"); null for marks without a number. */
    number: model.text().nullable(),
    certificate_number: model.text().nullable(),
    issued_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    status: model.enum(["draft", "pending", "verified", "rejected", "expired"]).default("draft"),
    status_reason: model.text().nullable(),
    /** The group that claims it, and where it is (staff decide within their provinces). */
    group_id: model.text(),
    province_code: model.text(),
    /** Null for a group-wide certification. */
    product_id: model.text().nullable(),
    document_file_id: model.text().nullable(),
    document_url: model.text().nullable(),
    document_filename: model.text().nullable(),
    document_mime_type: model.text().nullable(),
    /** Scheme-specific facts, e.g. a GI's name and provinces. */
    details: model.json().nullable(),
    submitted_by: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    expiry_reminded_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id"] },
    { on: ["group_id"] },
    { on: ["status", "province_code"] },
    { on: ["status", "expires_at"] },
  ])
