/** Shapes of the backend's /staff routes (only the fields the staff screens read). */

export const GROUP_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type GroupStatus = (typeof GROUP_STATUSES)[number]

export const PRODUCER_TYPES = ["COMMUNITY_GROUP", "SINGLE_OWNER", "SME"] as const
export type ProducerType = (typeof PRODUCER_TYPES)[number]

export const DOCUMENT_KINDS = ["id_card_chair", "house_registration", "product_photo", "power_of_attorney", "other"] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** GET /staff/me */
export type StaffMe = {
  staff: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    position: string | null
    is_national: boolean
    province_codes: string[] | null
  }
}

/** A row of GET /staff/producer-groups (the group without payout details). */
export type StaffGroupSummary = {
  id: string
  handle: string
  name_th: string | null
  name_en: string | null
  producer_type: ProducerType | string
  province_code: string
  status: GroupStatus | string
  status_reason: string | null
  submitted_at: string | null
  created_at?: string | null
}

export type StaffGroupList = {
  producer_groups: StaffGroupSummary[]
  count: number
  limit: number
  offset: number
}

export type StaffDocument = {
  id: string
  kind: DocumentKind | string
  file_id?: string
  url: string
  filename: string
  mime_type: string
  size: number
  created_at?: string | null
}

export type StaffStatusEvent = {
  id: string
  from_status: string | null
  to_status: string
  reason: string | null
  actor_type: string
  actor_id: string | null
  created_at: string
}

export type StaffMembership = {
  role: string
  producer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

/** GET /staff/producer-groups/:id: the registration with its members, documents and history. */
export type StaffGroupDetail = StaffGroupSummary & {
  otop_registration_no: string | null
  registration_year_be: number | null
  community_enterprise_no: string | null
  subdistrict_code: string
  district_code: string
  region: string | null
  village_th: string | null
  village_en: string | null
  moo: number | null
  address_line: string | null
  story_th: string | null
  story_en: string | null
  phone: string | null
  line_id: string | null
  email: string | null
  approved_at: string | null
  rejected_at: string | null
  suspended_at: string | null
  metadata: Record<string, unknown> | null
  has_payout_details: boolean
  memberships?: StaffMembership[]
  documents?: StaffDocument[]
  status_events?: StaffStatusEvent[]
}

/** GET /store/geo/subdistricts/:code */
export type SubdistrictLocation = {
  code: string
  name_th: string
  name_en: string
  postcode: string
  district: { code: string; name_th: string; name_en: string }
  province: { code: string; name_th: string; name_en: string }
}
