import { model } from "@medusajs/framework/utils"

/**
 * A CDD officer (actor type `cdd_staff`). Scope: national, or a list of provinces (DOPA codes);
 * staff see and decide only what lies in their scope.
 */
export const CddStaff = model
  .define("cdd_staff", {
    id: model.id({ prefix: "cdds" }).primaryKey(),
    email: model.text(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    position: model.text().nullable(),
    is_national: model.boolean().default(false),
    province_codes: model.array().default([]),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
