import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { registerProducerGroupWorkflow } from "../../../workflows/producer/register-producer-group"
import { parseOrThrow } from "../../utils/validate"
import type { ProducerRequest } from "../acting-group"

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const REQUIRED_DOCUMENTS = ["id_card_chair", "house_registration", "product_photo"] as const

export const RegistrationBody = z.object({
  handle: z.string().trim().min(3).max(60).regex(slug, "lowercase letters, digits and dashes, e.g. ban-na-kha-silk"),
  name_th: z.string().trim().min(2).max(200),
  name_en: z.string().trim().min(2).max(200),
  producer_type: z.enum(["COMMUNITY_GROUP", "SINGLE_OWNER", "SME"]),
  otop_registration_no: z.string().trim().min(3).max(40).nullish(),
  registration_year_be: z.number().int().min(2544).max(2600).nullish(),
  community_enterprise_no: z.string().trim().max(40).nullish(),
  subdistrict_code: z.string().regex(/^\d{6}$/, "a 6-digit DOPA subdistrict code, e.g. 500101"),
  village_th: z.string().trim().max(200).nullish(),
  village_en: z.string().trim().max(200).nullish(),
  moo: z.number().int().min(1).max(99).nullish(),
  address_line: z.string().trim().max(300).nullish(),
  story_th: z.string().trim().max(4000).nullish(),
  story_en: z.string().trim().max(4000).nullish(),
  phone: z.string().trim().regex(/^0\d{8,9}$/, "a Thai phone number, e.g. 0812345678").nullish(),
  line_id: z.string().trim().max(60).nullish(),
  email: z.string().trim().email().nullish(),
  planned_products: z.string().trim().max(4000).nullish(),
  documents: z
    .array(z.object({ kind: z.enum(["id_card_chair", "house_registration", "product_photo", "power_of_attorney", "other"]), upload_id: z.string() }))
    .default([]),
})

/** POST /producer/registrations: file a new group for CDD approval; the producer becomes its owner. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const { documents, ...group } = parseOrThrow(RegistrationBody, req.body)
  const missing = REQUIRED_DOCUMENTS.filter((kind) => !documents.some((d) => d.kind === kind))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `documents: missing ${missing.join(", ")}`)
  }
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const uploads = await producers.listProducerUploads({ id: documents.map((d) => d.upload_id), producer_id: req.producer.producer_id })
  const byId = new Map(uploads.map((u) => [u.id, u]))
  const unknown = documents.find((d) => !byId.has(d.upload_id))
  if (unknown) throw new MedusaError(MedusaError.Types.NOT_FOUND, `documents: upload ${unknown.upload_id} was not found`)
  // ID cards and house registrations must never be public: only private uploads are accepted.
  const publicOne = documents.find((d) => byId.get(d.upload_id)!.purpose !== "document")
  if (publicOne) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `documents: upload ${publicOne.upload_id} is a public picture; upload documents with purpose=document`)
  }

  const { result } = await registerProducerGroupWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      group,
      documents: documents.map((d) => {
        const u = byId.get(d.upload_id)!
        return { kind: d.kind, file_id: u.file_id, url: u.url, filename: u.filename, mime_type: u.mime_type, size: u.size }
      }),
    },
  })
  res.status(201).json({ producer_group: result })
}

/** GET /producer/registrations: the producer's groups and where each registration stands. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const groupIds = req.producer.memberships.map((m) => m.group_id)
  const { data } = groupIds.length
    ? await query.graph({
        entity: "producer_group",
        fields: ["id", "handle", "name_th", "name_en", "status", "status_reason", "submitted_at", "approved_at", "rejected_at", "suspended_at", "province_code", "status_events.*", "documents.id", "documents.kind", "documents.filename"],
        filters: { id: groupIds },
      })
    : { data: [] }
  res.json({ registrations: data })
}
