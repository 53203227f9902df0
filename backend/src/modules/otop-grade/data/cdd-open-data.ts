import { parse } from "csv-parse/sync"

/**
 * CDD's yearly OTOP Product Champion open data (one CSV per round): product name, producer
 * name, province, product type, stars as text ("5 ดาว"). Header names vary between years and
 * languages, so each field accepts several spellings.
 */
export const GRADE_CSV_COLUMNS = {
  product: ["ชื่อผลิตภัณฑ์", "ผลิตภัณฑ์", "product_name", "product"],
  producer: ["ชื่อผู้ผลิต", "ผู้ผลิต", "ชื่อผู้ผลิต/ผู้ประกอบการ", "ผู้ประกอบการ", "producer_name", "producer"],
  province: ["จังหวัด", "province"],
  type: ["ประเภทผลิตภัณฑ์", "ประเภท", "product_type", "type"],
  stars: ["ระดับดาว", "ระดับ", "ดาว", "stars", "star"],
} as const

/** The official product types as CDD writes them, mapped to our category handles. */
export const PRODUCT_TYPE_TO_CATEGORY: Record<string, string> = {
  อาหาร: "food",
  ประเภทอาหาร: "food",
  food: "food",
  เครื่องดื่ม: "beverage",
  ประเภทเครื่องดื่ม: "beverage",
  beverage: "beverage",
  ผ้าและเครื่องแต่งกาย: "textile-apparel",
  ผ้า: "textile-apparel",
  "ผ้า เครื่องแต่งกาย": "textile-apparel",
  ประเภทผ้าและเครื่องแต่งกาย: "textile-apparel",
  "textile & apparel": "textile-apparel",
  ของใช้ของตกแต่งของที่ระลึก: "houseware-decor-souvenir",
  "ของใช้ ของตกแต่ง ของที่ระลึก": "houseware-decor-souvenir",
  "ของใช้ ของประดับตกแต่ง ของที่ระลึก": "houseware-decor-souvenir",
  ประเภทของใช้ของตกแต่งของที่ระลึก: "houseware-decor-souvenir",
  houseware: "houseware-decor-souvenir",
  สมุนไพรที่ไม่ใช่อาหาร: "herbal-nonfood",
  ประเภทสมุนไพรที่ไม่ใช่อาหาร: "herbal-nonfood",
  "herbal non-food": "herbal-nonfood",
}

export type GradeCsvRow = { row: number; product: string; producer: string; province: string; type: string; stars_text: string }
export type GradeCsvParse = { rows: GradeCsvRow[]; error: string | null }

/** Collapses spaces and unifies Thai text for matching names (not for display). */
export function matchKey(text: string): string {
  return String(text ?? "")
    .normalize("NFC")
    .replace(/[\u200B\u00A0]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
}

/** "5 ดาว", "5ดาว", "5", "★★★★★" → 5; anything else → null. */
export function parseStars(text: string): number | null {
  const t = matchKey(text)
  const m = t.match(/^([1-5])\s*(ดาว|stars?)?$/)
  if (m) return Number(m[1])
  if (/^★{1,5}$/.test(t)) return t.length
  return null
}

export function categoryOfType(text: string): string | null {
  const key = matchKey(text).replace(/^ประเภท\s*/, "ประเภท")
  return PRODUCT_TYPE_TO_CATEGORY[key] ?? PRODUCT_TYPE_TO_CATEGORY[key.replace(/^ประเภท/, "")] ?? PRODUCT_TYPE_TO_CATEGORY[key.replace(/\s/g, "")] ?? null
}

/**
 * Reads the CSV (UTF-8, BOM or not); rows are numbered from 1 (the first data row). Blank lines
 * and rows of empty cells only (",,,," that spreadsheets write below the data) are not rows.
 */
export function parseGradeCsv(text: string): GradeCsvParse {
  let records: Record<string, string>[]
  try {
    records = parse(text, {
      columns: (h: string[]) => h.map((c) => matchKey(c)),
      bom: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      relax_column_count: true,
    })
  } catch (e: any) {
    return { rows: [], error: `the file is not valid CSV: ${e.message}` }
  }
  if (!records.length) return { rows: [], error: "the file has no rows" }
  const header = Object.keys(records[0])
  const columnOf: Partial<Record<keyof typeof GRADE_CSV_COLUMNS, string>> = {}
  const missing: string[] = []
  for (const [field, names] of Object.entries(GRADE_CSV_COLUMNS) as [keyof typeof GRADE_CSV_COLUMNS, readonly string[]][]) {
    const found = names.map(matchKey).find((n) => header.includes(n))
    if (found) columnOf[field] = found
    else missing.push(`${names[0]} (${names.find((n) => /^[a-z_]+$/.test(n))})`)
  }
  if (missing.length) return { rows: [], error: `missing column: ${missing.join(", ")}` }
  return {
    error: null,
    rows: records.map((r, i) => ({
      row: i + 1,
      product: r[columnOf.product!] ?? "",
      producer: r[columnOf.producer!] ?? "",
      province: r[columnOf.province!] ?? "",
      type: r[columnOf.type!] ?? "",
      stars_text: r[columnOf.stars!] ?? "",
    })),
  }
}
