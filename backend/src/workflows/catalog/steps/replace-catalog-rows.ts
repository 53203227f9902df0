import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import type { CatalogRow } from "../../../modules/catalog/types"

/** Writes the rows of these products (removing the ones without a row); undo puts the previous rows back. */
export const replaceCatalogRowsStep = createStep(
  "replace-catalog-rows",
  async ({ product_ids, rows }: { product_ids: string[]; rows: CatalogRow[] }, { container }) => {
    const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const previous = await catalog.listRows(product_ids)
    await catalog.replaceRows(product_ids, rows)
    return new StepResponse({ written: rows.length, removed: product_ids.length - rows.length }, { product_ids, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await catalog.replaceRows(undo.product_ids, undo.previous)
  }
)
