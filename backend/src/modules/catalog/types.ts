/** One row of the catalog read model, as written by the refresh workflow. */
export type CatalogRow = {
  id?: string
  product_id: string
  handle: string
  title_th: string
  title_en: string | null
  thumbnail: string | null
  category: string | null
  group_id: string
  group_handle: string
  group_name_th: string
  group_name_en: string | null
  province_code: string
  region: string
  closed_from: string | null
  closed_until: string | null
  price_min: number | null
  in_stock: boolean
  stars: number | null
  round_be: number | null
  cert_schemes: string[]
  gi: boolean
  certifications: CatalogCertification[]
  fiber: string | null
  techniques: string[]
  dye: string | null
  fabric: Record<string, unknown> | null
  soft_power: string[]
  rating_sum: number
  rating_count: number
  rating_score: number
  search: string
  product_created_at: string
}

export type CatalogCertification = {
  scheme: string
  number: string | null
  expires_at: string | null
  lookup_url: string | null
  gi_name?: string | null
}
