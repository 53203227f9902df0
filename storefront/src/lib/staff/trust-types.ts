/** Shapes of the backend's staff trust routes (certifications, grades, products): only what the desk reads. */

export type LocalizedText = { th: string; en: string }

/** Queue order of the tabs: what needs a decision first. */
export const CERTIFICATION_STATUSES = ["pending", "draft", "verified", "rejected", "expired"] as const
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/** GET /staff/certifications (rows) and GET /staff/certifications/:id. */
export type StaffCertification = {
  id: string
  scheme: string
  number: string | null
  number_display: string | null
  certificate_number: string | null
  issued_at: string | null
  expires_at: string | null
  status: CertificationStatus | string
  status_reason: string | null
  group_id: string
  province_code: string
  product_id: string | null
  document_file_id: string | null
  document_filename: string | null
  document_mime_type: string | null
  details: Record<string, unknown> | null
  decided_at: string | null
  created_at: string
  scheme_label: LocalizedText | null
  lookup_url: string | null
  expires_in_days: number | null
  product: { id: string; title: string; handle: string; thumbnail?: string | null } | null
  producer_group: { id: string; handle: string; name_th: string | null; name_en: string | null; province_code?: string } | null
}

export type StaffCertificationList = {
  certifications: StaffCertification[]
  count: number
  limit: number
  offset: number
}

/** A certification scheme as GET /store/vocabularies sends it. */
export type CertificationSchemeOption = {
  code: string
  label: LocalizedText
  issuer: LocalizedText
  applies_to: "product" | "group"
  lookup_url: string | null
}

export type OtopGradeSummary = { stars: number; round_be: number }

/** A row of GET /staff/products. */
export type StaffProduct = {
  id: string
  handle: string
  title_th: string
  title_en: string | null
  thumbnail: string | null
  category: string | null
  producer_group: { id: string; handle: string; name_th: string; name_en: string | null; province_code: string }
  otop_grade: OtopGradeSummary | null
}

export type StaffProductList = { products: StaffProduct[]; count: number; limit: number; offset: number }

/** GET /staff/products/:id */
export type StaffProductDetail = {
  id: string
  handle: string
  title_th: string
  title_en: string | null
  thumbnail: string | null
  status: string
  category: string | null
  producer_group: { id: string; handle: string; name_th: string; name_en?: string | null; province_code: string }
}

/** One round of GET /staff/products/:id/grades (latest round first). */
export type OtopGrade = {
  id: string
  product_id: string
  round_be: number
  stars: number
  score: number | null
  certificate_number: string | null
  announced_at: string | null
  source: "staff" | "cdd_open_data" | "operator" | string
  created_at?: string | null
  updated_at?: string | null
}

/** Why an import row was not applied (POST /staff/grades/import). */
export const IMPORT_REJECT_CODES = [
  "stars_invalid",
  "province_unknown",
  "province_out_of_scope",
  "producer_unknown",
  "product_unknown",
  "product_ambiguous",
  "type_unknown",
  "type_mismatch",
  "duplicate_row",
] as const
export type ImportRejectCode = (typeof IMPORT_REJECT_CODES)[number]

export type ImportAppliedRow = {
  row: number
  product_id: string
  stars: number
  product_title?: string
  group_name?: string
  province_code?: string
}

export type ImportRejectedRow = {
  row: number
  product: string
  producer: string
  province: string
  type?: string
  stars_text?: string
  code?: ImportRejectCode | string
  reason: string
  other_row?: number
  matches?: number
}

/** POST /staff/grades/import */
export type GradeImportResult = {
  round_be: number
  dry_run: boolean
  rows: number
  applied: ImportAppliedRow[]
  created: number
  updated: number
  rejected: ImportRejectedRow[]
}
