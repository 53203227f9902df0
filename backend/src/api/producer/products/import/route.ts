import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createGroupProductsWorkflow } from "../../../../workflows/product/create-group-products"
import { actingGroupId, type ProducerRequest } from "../../acting-group"
import { parseProductCsv, TEMPLATE_CSV, type RowError } from "./csv"

/** GET /producer/products/import: the CSV template (UTF-8, Thai example row). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  actingGroupId(req)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="otop-products-template.csv"')
  res.send(TEMPLATE_CSV)
}

/**
 * POST /producer/products/import (multipart: `file`, optional `mode`): every row is validated.
 * mode "all" (default) imports nothing unless the whole file is valid; mode "valid_only" imports
 * the valid rows and reports the others. The answer says which mode ran and what happened.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const groupId = actingGroupId(req)
  const file = (req as any).file as { buffer: Buffer; originalname: string } | undefined
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: no CSV file was sent (multipart field 'file')")
  const mode = ((req.body as any)?.mode ?? "all") as string
  if (!["all", "valid_only"].includes(mode)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "mode: 'all' or 'valid_only'")

  const parsed = parseProductCsv(file.buffer.toString("utf8"))
  const errors: RowError[] = [...parsed.errors]
  // Handles already used in the store are row errors too.
  if (parsed.products.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: taken } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: parsed.products.map((p) => p.handle) } })
    const takenSet = new Set(taken.map((p) => p.handle))
    for (const p of parsed.products) if (takenSet.has(p.handle)) errors.push({ row: p.row, column: "handle", message: `'${p.handle}' is already used by another product` })
  }
  errors.sort((a, b) => a.row - b.row)
  const badRows = new Set(errors.map((e) => e.row))
  const importable = parsed.products.filter((p) => !badRows.has(p.row))
  const fileLevel = errors.some((e) => e.row === 0)

  if (fileLevel || (mode === "all" && errors.length) || !importable.length) {
    return res.status(400).json({ mode, imported: 0, rows: parsed.rows, errors, message: "Nothing was imported: fix the rows listed in errors" })
  }
  // One workflow run: the rows are imported together or not at all.
  const { result } = await createGroupProductsWorkflow(req.scope).run({
    input: {
      group_id: groupId,
      products: importable.map(({ row, category, ...p }) => ({ ...p, category_handle: category, image_urls: [] })),
    },
  })
  res.status(201).json({ mode, imported: result.length, rows: parsed.rows, errors, product_ids: result.map((p: any) => p.id) })
}
