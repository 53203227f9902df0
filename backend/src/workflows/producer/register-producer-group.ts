import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setupGroupLogisticsWorkflow } from "./setup-group-logistics"
import { createProducerGroupStep } from "./steps/create-group"
import { validateGroupDetailsStep } from "./steps/validate-group-details"

export const registerProducerGroupWorkflowId = "register-producer-group"

export type RegisterProducerGroupInput = {
  producer_id: string
  group: {
    handle: string
    name_th: string
    name_en: string
    producer_type: "COMMUNITY_GROUP" | "SINGLE_OWNER" | "SME"
    otop_registration_no?: string | null
    registration_year_be?: number | null
    community_enterprise_no?: string | null
    subdistrict_code: string
    village_th?: string | null
    village_en?: string | null
    moo?: number | null
    address_line?: string | null
    story_th?: string | null
    story_en?: string | null
    phone?: string | null
    line_id?: string | null
    email?: string | null
    planned_products?: string | null
  }
  documents: { kind: string; file_id: string; url: string; filename: string; mime_type: string; size: number }[]
}

/**
 * The online OTOP registration: a producer files a group (pending CDD approval) with its
 * documents and becomes its owner. Staff in the group's province are told (event).
 */
export const registerProducerGroupWorkflow = createWorkflow(registerProducerGroupWorkflowId, (input: RegisterProducerGroupInput) => {
  const location = validateGroupDetailsStep({ details: input.group })
  const groupData = transform({ input, location }, ({ input, location }) => {
    const { planned_products, ...group } = input.group
    const { postcode, ...where } = location!
    return {
      ...group,
      ...where,
      status: "pending",
      submitted_at: new Date(),
      metadata: planned_products ? { planned_products } : undefined,
    }
  })
  const group = createProducerGroupStep({
    group: groupData,
    owner_id: input.producer_id,
    documents: input.documents,
    actor_type: "producer",
  })
  setupGroupLogisticsWorkflow.runAsStep({
    input: transform({ group, location }, ({ group, location }) => ({
      group_id: group.id,
      handle: group.handle,
      name_th: group.name_th,
      subdistrict_code: group.subdistrict_code,
      province_code: group.province_code,
      postcode: location!.postcode,
      address_line: group.address_line,
    })),
  })
  emitEventStep({
    eventName: "producer-group.registered",
    data: transform({ group }, ({ group }) => ({ id: group.id, province_code: group.province_code })),
  })
  return new WorkflowResponse(group)
})
