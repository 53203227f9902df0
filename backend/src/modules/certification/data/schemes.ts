/**
 * The certification schemes OTOP products and producers carry (domain facts §3, §4.3). Data, not
 * code: a scheme is added here (or through a later admin screen) without touching the logic that
 * validates, stores and shows certifications. Facts marked [U]/[P] in the domain file are kept as
 * data too (e.g. herbal numbers are free text, validity years are defaults, not rules).
 */
export type SchemeCode = string

export type NumberFormat = {
  /** Characters removed before validation and storage (the usual separators). */
  strip: RegExp
  /** The stored (normalised) form. */
  stored: RegExp
  /** How the expected format is explained in errors, in both languages. */
  example: string
  /** The shape to type, where it is fixed (e.g. `XX-X-XXXXX-X-XXXX`), shown next to the field. */
  mask?: string
  hint: { th: string; en: string }
  /** Display form of a stored number (optional). */
  display?: (stored: string) => string
}

export type Scheme = {
  code: SchemeCode
  label: { th: string; en: string }
  issuer: { th: string; en: string }
  /** What it certifies: one product, or the producer group as a whole. */
  applies_to: "product" | "group"
  format: NumberFormat | null
  /** Public look-up page; `{number}` is replaced by the stored number when the site accepts it. */
  lookup_url: string | null
  /** Typical validity, to propose an expiry date (the certificate's own date wins). */
  default_validity_years: number | null
  /** Days before expiry the producer is reminded. */
  reminder_days: number
}

const digits = (n: string) => n

export const FDA_FOOD_FORMAT: NumberFormat = {
  strip: /[\s\-.]/g,
  stored: /^\d{13}$/,
  example: "50-2-00162-2-0031",
  mask: "XX-X-XXXXX-X-XXXX",
  hint: { th: "เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031", en: "a 13-digit food serial number, e.g. 50-2-00162-2-0031" },
  display: (s) => `${s.slice(0, 2)}-${s.slice(2, 3)}-${s.slice(3, 8)}-${s.slice(8, 9)}-${s.slice(9)}`,
}

const peacock = (code: string, th: string, en: string): Scheme => ({
  code,
  label: { th: `ตรานกยูงพระราชทาน ${th}`, en: `Royal Peacock mark, ${en}` },
  issuer: { th: "กรมหม่อนไหม", en: "Queen Sirikit Department of Sericulture" },
  applies_to: "product",
  format: null,
  lookup_url: null,
  default_validity_years: null,
  reminder_days: 90,
})

export const SCHEMES: Scheme[] = [
  {
    code: "fda_food",
    label: { th: "เลขสารบบอาหาร (อย.)", en: "Thai FDA food serial number" },
    issuer: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Thai Food and Drug Administration" },
    applies_to: "product",
    format: FDA_FOOD_FORMAT,
    lookup_url: "https://porta.fda.moph.go.th/FDA_SEARCH_ALL/MAIN/SEARCH_CENTER_MAIN.aspx",
    default_validity_years: null,
    reminder_days: 90,
  },
  {
    code: "fda_cosmetic",
    label: { th: "เลขที่ใบรับจดแจ้งเครื่องสำอาง", en: "Cosmetic notification number" },
    issuer: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Thai Food and Drug Administration" },
    applies_to: "product",
    format: {
      strip: /[\s\-.]/g,
      stored: /^\d{10}(\d{3})?$/,
      example: "10-1-6400012345",
      hint: { th: "เลขจดแจ้ง 10 หรือ 13 หลัก", en: "a 10- or 13-digit notification number" },
      display: digits,
    },
    lookup_url: "https://porta.fda.moph.go.th/FDA_SEARCH_ALL/MAIN/SEARCH_CENTER_MAIN.aspx",
    default_validity_years: 3,
    reminder_days: 180, // renewal is filed within 180 days before expiry (Cosmetic Act B.E. 2558)
  },
  ...(["herbal_reg", "herbal_detail", "herbal_notify"] as const).map(
    (code): Scheme => ({
      code,
      label: {
        herbal_reg: { th: "ทะเบียนตำรับผลิตภัณฑ์สมุนไพร", en: "Herbal product registration" },
        herbal_detail: { th: "ผลิตภัณฑ์สมุนไพร (แจ้งรายละเอียด)", en: "Herbal product (detailed notification)" },
        herbal_notify: { th: "ผลิตภัณฑ์สมุนไพร (จดแจ้ง)", en: "Herbal product (notification)" },
      }[code],
      issuer: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Thai Food and Drug Administration" },
      applies_to: "product",
      // Number formats were not verified [U]: free text, trimmed.
      format: {
        strip: /^\s+|\s+$/g,
        stored: /^[A-Za-z0-9ก-๙ .\/-]{3,40}$/,
        example: "G 123/45",
        hint: { th: "เลขทะเบียนหรือเลขจดแจ้งตามใบรับรอง", en: "the number as printed on the certificate" },
      },
      lookup_url: "https://porta.fda.moph.go.th/FDA_SEARCH_ALL/MAIN/SEARCH_CENTER_MAIN.aspx",
      default_validity_years: null,
      reminder_days: 180,
    })
  ),
  {
    code: "tcps",
    label: { th: "มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)", en: "Thai Community Product Standard (TCPS)" },
    issuer: { th: "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม (สมอ.)", en: "Thai Industrial Standards Institute (TISI)" },
    applies_to: "product",
    format: {
      // Stored as "<standard>/<BE year>", from "มผช. 247/2552", "มผช.247/2552" or "TCPS 247-2552".
      strip: /^\s+|\s+$/g,
      stored: /^\d{1,4}\/\d{4}$/,
      example: "มผช. 247/2552",
      hint: { th: "เลขมาตรฐาน/ปี พ.ศ. เช่น มผช. 247/2552", en: "standard number/BE year, e.g. มผช. 247/2552 or TCPS 247-2552" },
      display: (s) => `มผช. ${s}`,
    },
    lookup_url: "https://tcps.tisi.go.th/",
    default_validity_years: 3, // commonly stated, not confirmed [U]
    reminder_days: 90,
  },
  {
    code: "gi",
    label: { th: "สิ่งบ่งชี้ทางภูมิศาสตร์ (GI)", en: "Geographical Indication (GI)" },
    issuer: { th: "กรมทรัพย์สินทางปัญญา", en: "Department of Intellectual Property" },
    applies_to: "product",
    format: {
      strip: /\s/g,
      stored: /^สช\d{8}$/,
      example: "สช 61100104",
      mask: "สช XXXXXXXX",
      hint: { th: "สช ตามด้วยตัวเลข 8 หลัก เช่น สช 61100104", en: "สช followed by 8 digits, e.g. สช 61100104" },
      display: (s) => `สช ${s.slice(2)}`,
    },
    lookup_url: "https://www.ipthailand.go.th/th/gi-011/",
    default_validity_years: null,
    reminder_days: 90,
  },
  peacock("peacock_gold", "สีทอง", "gold (Royal Thai Silk)"),
  peacock("peacock_silver", "สีเงิน", "silver (Classic Thai Silk)"),
  peacock("peacock_blue", "สีน้ำเงิน", "blue (Thai Silk)"),
  peacock("peacock_green", "สีเขียว", "green (Thai Silk Blend)"),
  {
    code: "q_mark",
    label: { th: "เครื่องหมาย Q", en: "Q mark (Thai agricultural standard)" },
    issuer: { th: "สำนักงานมาตรฐานสินค้าเกษตรและอาหารแห่งชาติ (มกอช.)", en: "ACFS" },
    applies_to: "product",
    format: {
      strip: /^\s+|\s+$/g,
      stored: /^(กษ|AC|[A-Z]{2})\s?\d{2}-\d{4}-\d{2}-\d{3}-\d{6}(\s?[A-Zก-๙]{2,10})?$/,
      example: "กษ 03-0001-50-001-000123 GAP",
      hint: { th: "รหัส Q เช่น กษ 03-0001-50-001-000123 GAP", en: "a Q code, e.g. กษ 03-0001-50-001-000123 GAP" },
    },
    lookup_url: "https://tascode.acfs.go.th/",
    default_validity_years: 3,
    reminder_days: 90,
  },
  ...(
    [
      ["organic_th", "เกษตรอินทรีย์ (Organic Thailand)", "Organic Thailand", "กรมวิชาการเกษตร", "Department of Agriculture", "product", 3],
      ["halal", "ฮาลาล", "Halal", "สำนักงานคณะกรรมการกลางอิสลามแห่งประเทศไทย", "Central Islamic Council of Thailand", "product", 1],
      ["thai_select", "ไทยซีเล็คท์", "Thai SELECT", "กรมส่งเสริมการค้าระหว่างประเทศ", "Department of International Trade Promotion", "product", 2],
      ["green_label", "ฉลากเขียว", "Green Label", "สถาบันสิ่งแวดล้อมไทย", "Thailand Environment Institute", "product", 3],
      ["otop_authentic_taste", "อาหารถิ่นรสไทยแท้", "OTOP Authentic Thai Taste", "กรมการพัฒนาชุมชน", "Community Development Department", "group", null],
      ["tis", "มาตรฐานอุตสาหกรรม (มอก.)", "Thai Industrial Standard (TIS)", "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม", "Thai Industrial Standards Institute", "product", null],
      ["gmp", "GMP", "GMP", "สำนักงานคณะกรรมการอาหารและยา", "Thai Food and Drug Administration", "group", 3],
      ["haccp", "HACCP", "HACCP", "หน่วยรับรองที่ได้รับการรับรองระบบงาน", "Accredited certification body", "group", 3],
      ["gap", "GAP", "GAP", "กรมวิชาการเกษตร", "Department of Agriculture", "group", 3],
    ] as const
  ).map(
    ([code, th, en, issuerTh, issuerEn, appliesTo, years]): Scheme => ({
      code,
      label: { th, en },
      issuer: { th: issuerTh, en: issuerEn },
      applies_to: appliesTo,
      format: {
        strip: /^\s+|\s+$/g,
        stored: /^[A-Za-z0-9ก-๙ .\/()-]{2,60}$/,
        example: "TH-123/2567",
        hint: { th: "เลขที่ใบรับรองตามที่พิมพ์บนใบรับรอง", en: "the certificate number as printed" },
      },
      lookup_url: null,
      default_validity_years: years,
      reminder_days: 90,
    })
  ),
]

export const SCHEME_BY_CODE: ReadonlyMap<SchemeCode, Scheme> = new Map(SCHEMES.map((s) => [s.code, s]))

export type NormalisedNumber = { ok: true; stored: string; display: string } | { ok: false; message: string }

/**
 * A certification number as typed by a producer → its stored form, or an error that shows the
 * expected format. Separators are accepted and removed; มผช./TCPS spellings are unified.
 */
export function normaliseNumber(schemeCode: SchemeCode, raw: string): NormalisedNumber {
  const scheme = SCHEME_BY_CODE.get(schemeCode)
  if (!scheme) return { ok: false, message: `scheme: '${schemeCode}' is not a known scheme` }
  const format = scheme.format
  const input = String(raw ?? "").normalize("NFC").trim()
  if (!format) return input ? { ok: true, stored: input, display: input } : { ok: false, message: "number: required" }
  let candidate = input
  if (scheme.code === "tcps") {
    const m = input.match(/^(?:มผช\.?|TCPS)\s*(\d{1,4})\s*[\/-]\s*(\d{4})$/i) ?? input.match(/^(\d{1,4})\s*[\/-]\s*(\d{4})$/)
    candidate = m ? `${m[1]}/${m[2]}` : input
  } else {
    candidate = input.replace(format.strip, "")
  }
  if (!format.stored.test(candidate)) {
    return { ok: false, message: `number: '${input}' is not ${format.hint.en} (${format.hint.th})` }
  }
  return { ok: true, stored: candidate, display: format.display ? format.display(candidate) : candidate }
}
