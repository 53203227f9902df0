import type { MedusaContainer } from "@medusajs/framework/types"
import { createCddStaffAccountWorkflow } from "../../src/workflows/cdd-staff/create-cdd-staff-account"
import { registerProducerGroupWorkflow } from "../../src/workflows/producer/register-producer-group"
import { changeProducerGroupStatusWorkflow } from "../../src/workflows/producer/change-group-status"

export const PASSWORD = "test-password-2567"
export const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } })

/** Signs up through the real auth routes and returns a producer's token (actor_id set). */
export async function signUpProducer(api: any, email: string): Promise<{ token: string; producer_id: string }> {
  const { data: reg } = await api.post("/auth/producer/emailpass/register", { email, password: PASSWORD })
  const { data } = await api.post("/producer/account", { first_name: "ทดสอบ" }, bearer(reg.token))
  const { data: login } = await api.post("/auth/producer/emailpass", { email, password: PASSWORD })
  return { token: login.token, producer_id: data.producer.id }
}

export async function signInStaff(api: any, container: MedusaContainer, email: string, scope: { is_national?: boolean; province_codes?: string[] }) {
  await createCddStaffAccountWorkflow(container).run({
    input: { email, password: PASSWORD, is_national: !!scope.is_national, province_codes: scope.province_codes ?? [] },
  })
  const { data } = await api.post("/auth/cdd_staff/emailpass", { email, password: PASSWORD })
  return data.token as string
}

let counter = 0
/** A group registered by `producer_id` in a subdistrict (its province follows), optionally approved. */
export async function createGroup(container: MedusaContainer, producerId: string, subdistrict: string, approve = true) {
  counter += 1
  const { result } = await registerProducerGroupWorkflow(container).run({
    input: {
      producer_id: producerId,
      group: {
        handle: `test-group-${counter}-${subdistrict}`,
        name_th: `กลุ่มทดสอบ ${counter}`,
        name_en: `Test group ${counter}`,
        producer_type: "COMMUNITY_GROUP",
        otop_registration_no: `OTOP-T-${counter}-${Date.now()}`,
        subdistrict_code: subdistrict,
      },
      documents: [],
    },
  })
  if (approve) {
    await changeProducerGroupStatusWorkflow(container).run({
      input: { group_id: result.id, action: "approve", actor_type: "test", actor_id: "test" },
    })
  }
  return result
}
