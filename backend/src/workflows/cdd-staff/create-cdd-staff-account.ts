import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { CDD_STAFF_MODULE } from "../../modules/cdd-staff"
import type CddStaffModuleService from "../../modules/cdd-staff/service"
import { THAI_GEO_MODULE } from "../../modules/thai-geo"
import type ThaiGeoModuleService from "../../modules/thai-geo/service"

export const CDD_STAFF_ACTOR = "cdd_staff"

export type CreateCddStaffAccountInput = {
  email: string
  password: string
  first_name?: string | null
  last_name?: string | null
  position?: string | null
  is_national: boolean
  province_codes: string[]
}

const createStaffStep = createStep(
  "create-cdd-staff",
  async (input: Omit<CreateCddStaffAccountInput, "password">, { container }) => {
    const service: CddStaffModuleService = container.resolve(CDD_STAFF_MODULE)
    const geo: ThaiGeoModuleService = container.resolve(THAI_GEO_MODULE)
    const email = input.email.trim().toLowerCase()
    if (!input.is_national && !input.province_codes.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "province_codes: give at least one province, or make the officer national")
    }
    for (const code of input.province_codes) {
      try {
        geo.retrieveProvince(code)
      } catch {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `province_codes: no province has the code '${code}'`)
      }
    }
    if ((await service.listCddStaffs({ email })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email: a staff account for ${email} already exists`)
    }
    const staff = await service.createCddStaffs({ ...input, email, province_codes: input.is_national ? [] : input.province_codes })
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(CDD_STAFF_MODULE) as CddStaffModuleService).deleteCddStaffs(id)
  }
)

/** Registers the officer's email and password with the auth module (actor type cdd_staff). */
const registerStaffIdentityStep = createStep(
  "register-cdd-staff-identity",
  async ({ email, password }: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: email.trim().toLowerCase(), password },
    } as any)
    if (!success || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "could not register"}`)
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)

/**
 * Platform operators create CDD staff accounts (admin page or CLI): the officer, their scope
 * and an email/password login of actor type cdd_staff.
 */
export const createCddStaffAccountWorkflow = createWorkflow("create-cdd-staff-account", (input: CreateCddStaffAccountInput) => {
  const staff = createStaffStep(transform({ input }, ({ input }) => {
    const { password, ...rest } = input
    return rest
  }))
  const identity = registerStaffIdentityStep({ email: input.email, password: input.password })
  setAuthAppMetadataStep(
    transform({ identity, staff }, ({ identity, staff }) => ({ authIdentityId: identity.id, actorType: CDD_STAFF_ACTOR, value: staff.id }))
  )
  return new WorkflowResponse(staff)
})
