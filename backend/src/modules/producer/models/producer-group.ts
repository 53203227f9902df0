import { model } from "@medusajs/framework/utils"
import { GroupDocument } from "./group-document"
import { GroupInvite } from "./group-invite"
import { GroupMembership } from "./group-membership"
import { GroupStatusEvent } from "./group-status-event"

export const PRODUCER_TYPES = ["COMMUNITY_GROUP", "SINGLE_OWNER", "SME"] as const
export const GROUP_STATUSES = ["pending", "approved", "rejected", "suspended"] as const

/**
 * A producer group: the seller of the marketplace (community producer group, single-owner
 * community producer, or SME), registered with CDD and approved by staff in its province.
 */
export const ProducerGroup = model
  .define("producer_group", {
    id: model.id({ prefix: "pgrp" }).primaryKey(),
    handle: model.text(),
    name_th: model.text().searchable(),
    name_en: model.text().searchable(),
    producer_type: model.enum([...PRODUCER_TYPES]),
    otop_registration_no: model.text().nullable(),
    registration_year_be: model.number().nullable(),
    community_enterprise_no: model.text().nullable(),
    // Address down to the subdistrict (DOPA code); the units above it are kept for filters and reports.
    subdistrict_code: model.text(),
    district_code: model.text(),
    province_code: model.text(),
    region: model.text(),
    inspection_zone: model.text(),
    village_th: model.text().nullable(),
    village_en: model.text().nullable(),
    moo: model.number().nullable(),
    address_line: model.text().nullable(),
    story_th: model.text().nullable(),
    story_en: model.text().nullable(),
    logo_url: model.text().nullable(),
    cover_url: model.text().nullable(),
    phone: model.text().nullable(),
    line_id: model.text().nullable(),
    email: model.text().nullable(),
    // Payout: a bank account or a PromptPay ID; only owners see them, and only masked.
    payout_bank_code: model.text().nullable(),
    payout_account_name: model.text().nullable(),
    payout_account_number: model.text().nullable(),
    payout_promptpay_id: model.text().nullable(),
    status: model.enum([...GROUP_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    // A temporary closure (harvest, festival): products stay visible but cannot be bought.
    closed_from: model.dateTime().nullable(),
    closed_until: model.dateTime().nullable(),
    closure_note_th: model.text().nullable(),
    closure_note_en: model.text().nullable(),
    metadata: model.json().nullable(),
    memberships: model.hasMany(() => GroupMembership, { mappedBy: "group" }),
    invites: model.hasMany(() => GroupInvite, { mappedBy: "group" }),
    documents: model.hasMany(() => GroupDocument, { mappedBy: "group" }),
    status_events: model.hasMany(() => GroupStatusEvent, { mappedBy: "group" }),
  })
  .cascades({ delete: ["memberships", "invites", "documents", "status_events"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["otop_registration_no"], unique: true, where: "otop_registration_no IS NOT NULL AND deleted_at IS NULL" },
    { on: ["status", "province_code"] },
    { on: ["province_code"] },
  ])
