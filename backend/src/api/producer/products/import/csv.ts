import { parse } from "csv-parse/sync"
import { CreateProductBody, type CreateProductBodyType } from "../validators"

/** The import columns, in the template's order; one row is one product with one variant. */
export const IMPORT_COLUMNS = [
  "handle",
  "title_th",
  "title_en",
  "description_th",
  "description_en",
  "category",
  "price_thb",
  "stock",
  "weight_g",
  "made_to_order_days",
  "status",
] as const

export const TEMPLATE_ROWS = [
  IMPORT_COLUMNS.join(","),
  'nam-prik-num-200g,น้ำพริกหนุ่ม 200 กรัม,Nam Prik Num 200 g,"น้ำพริกหนุ่มสูตรดั้งเดิม คั่วพริกหนุ่มบนเตาถ่าน",Traditional green chilli dip,food,89.00,40,250,,published',
]

/** UTF-8 with a BOM so that spreadsheet programs open the Thai text correctly. */
export const TEMPLATE_CSV = "\uFEFF" + TEMPLATE_ROWS.join("\r\n") + "\r\n"

export type RowError = { row: number; column: string; message: string }
export type ParsedImport = { products: (CreateProductBodyType & { row: number })[]; errors: RowError[]; rows: number }

// Body fields the zod schema names, and the CSV column each comes from.
const COLUMN_OF: Record<string, string> = {
  handle: "handle",
  "title.th": "title_th",
  "title.en": "title_en",
  "description.th": "description_th",
  "description.en": "description_en",
  category: "category",
  "variants.0.price": "price_thb",
  "variants.0.stock": "stock",
  weight_g: "weight_g",
  made_to_order_days: "made_to_order_days",
  status: "status",
}

const int = (v: string) => (v === "" ? undefined : /^-?\d+$/.test(v) ? Number(v) : (v as unknown as number))

/** Parses and validates every row; errors name the row (1 = first data row) and the column. */
export function parseProductCsv(text: string): ParsedImport {
  let records: Record<string, string>[]
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true })
  } catch (e: any) {
    return { products: [], rows: 0, errors: [{ row: 0, column: "", message: `the file is not valid CSV: ${e.message}` }] }
  }
  const header = records.length ? Object.keys(records[0]) : []
  const missing = IMPORT_COLUMNS.filter((c) => !["description_th", "description_en", "made_to_order_days", "title_en"].includes(c) && !header.includes(c))
  if (!records.length) return { products: [], rows: 0, errors: [{ row: 0, column: "", message: "the file has no product rows" }] }
  if (missing.length) return { products: [], rows: records.length, errors: [{ row: 0, column: missing.join(", "), message: "missing column" }] }

  const products: ParsedImport["products"] = []
  const errors: RowError[] = []
  const seen = new Map<string, number>()
  records.forEach((r, i) => {
    const row = i + 1
    const body = {
      handle: r.handle,
      title: { th: r.title_th, en: r.title_en || null },
      description: r.description_th ? { th: r.description_th, en: r.description_en || null } : null,
      category: r.category,
      status: r.status || "draft",
      weight_g: int(r.weight_g),
      made_to_order_days: int(r.made_to_order_days ?? "") ?? null,
      variants: [{ price: r.price_thb, stock: int(r.stock) }],
    }
    const result = CreateProductBody.safeParse(body)
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ row, column: COLUMN_OF[issue.path.join(".")] ?? issue.path.join("."), message: issue.message })
      }
      return
    }
    const first = seen.get(result.data.handle)
    if (first) {
      errors.push({ row, column: "handle", message: `'${result.data.handle}' is also used in row ${first}` })
      return
    }
    seen.set(result.data.handle, row)
    products.push({ ...result.data, row })
  })
  return { products, errors, rows: records.length }
}
