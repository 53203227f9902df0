import { model } from "@medusajs/framework/utils"

/**
 * An official OTOP Product Champion grade: stars 1–5 for one product in one selection round
 * (BE year). A product keeps its history; the store shows the latest round, always with its year.
 */
export const OtopGrade = model
  .define("otop_grade", {
    id: model.id({ prefix: "ogr" }).primaryKey(),
    product_id: model.text(),
    /** The product's group and province when recorded (staff record grades within their provinces). */
    group_id: model.text(),
    province_code: model.text(),
    round_be: model.number(),
    stars: model.number(),
    score: model.float().nullable(),
    certificate_number: model.text().nullable(),
    announced_at: model.dateTime().nullable(),
    /** Entered by CDD staff, imported from CDD's open data, or entered by a platform operator (Medusa admin). */
    source: model.enum(["staff", "cdd_open_data", "operator"]).default("staff"),
    recorded_by: model.text(),
  })
  .indexes([
    { on: ["product_id", "round_be"], unique: true, where: "deleted_at IS NULL" },
    { on: ["province_code"] },
  ])
