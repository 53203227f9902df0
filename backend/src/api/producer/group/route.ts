import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { updateProducerGroupWorkflow } from "../../../workflows/producer/update-producer-group"
import { parseOrThrow } from "../../utils/validate"
import { actingGroupId, requireOwner, type ProducerRequest } from "../acting-group"

/** Shows the last digits only: enough to recognise an account, not to use it. */
export function mask(value?: string | null) {
  if (!value) return null
  const digits = value.replace(/\D/g, "")
  return digits.length <= 4 ? "•".repeat(digits.length) : `${"•".repeat(digits.length - 4)}${digits.slice(-4)}`
}

async function groupView(req: ProducerRequest) {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const { payout_account_number, payout_promptpay_id, ...group } = (await producers.retrieveProducerGroup(actingGroupId(req))) as any
  const payout =
    req.producer.role === "owner"
      ? {
          bank_code: group.payout_bank_code,
          account_name: group.payout_account_name,
          account_number_masked: mask(payout_account_number),
          promptpay_id_masked: mask(payout_promptpay_id),
        }
      : undefined
  delete group.payout_bank_code
  delete group.payout_account_name
  return { ...group, role: req.producer.role, payout }
}

/** GET /producer/group: the acting group's profile (payout details for owners, masked). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ producer_group: await groupView(req) })
}

const date = z.coerce.date()
const ProfileBody = z
  .object({
    name_th: z.string().trim().min(2).max(200),
    name_en: z.string().trim().min(2).max(200),
    village_th: z.string().trim().max(200).nullable(),
    village_en: z.string().trim().max(200).nullable(),
    moo: z.number().int().min(1).max(99).nullable(),
    story_th: z.string().trim().max(4000).nullable(),
    story_en: z.string().trim().max(4000).nullable(),
    phone: z.string().trim().regex(/^0\d{8,9}$/, "a Thai phone number, e.g. 0812345678").nullable(),
    line_id: z.string().trim().max(60).nullable(),
    email: z.string().trim().email().nullable(),
    closed_from: date.nullable(),
    closed_until: date.nullable(),
    closure_note_th: z.string().trim().max(500).nullable(),
    closure_note_en: z.string().trim().max(500).nullable(),
    payout_bank_code: z.string().trim().regex(/^[A-Z]{2,10}$/, "a bank code such as KBANK, SCB, BBL, KTB, BAY, GSB, BAAC").nullable(),
    payout_account_name: z.string().trim().max(200).nullable(),
    payout_account_number: z.string().trim().regex(/^\d[\d-]{8,14}\d$/, "10–12 digits, dashes allowed").nullable(),
    payout_promptpay_id: z
      .string()
      .trim()
      .transform((v) => v.replace(/[-\s]/g, ""))
      .refine((v) => /^(0\d{9}|\d{13})$/.test(v), "a PromptPay ID is a 10-digit phone number or a 13-digit ID number")
      .nullable(),
  })
  .partial()
  .superRefine((b, ctx) => {
    if ((b.closed_from && !b.closed_until) || (!b.closed_from && b.closed_until)) {
      ctx.addIssue({ code: "custom", path: ["closed_until"], message: "give both the first and the last day of the closure" })
    }
    if (b.closed_from && b.closed_until && b.closed_until <= b.closed_from) {
      ctx.addIssue({ code: "custom", path: ["closed_until"], message: "the group reopens after it closes" })
    }
  })

/** POST /producer/group: owners edit the profile, the temporary closure and payout details. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  requireOwner(req)
  const update = parseOrThrow(ProfileBody, req.body)
  await updateProducerGroupWorkflow(req.scope).run({ input: { id: actingGroupId(req), update } })
  res.json({ producer_group: await groupView(req) })
}
