import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CDD_STAFF_MODULE } from "../../modules/cdd-staff"
import type CddStaffModuleService from "../../modules/cdd-staff/service"

export type StaffScope = { staff_id: string; is_national: boolean; province_codes: string[] }
export type StaffRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { staff: StaffScope }

/** Loads the signed-in CDD officer's scope: national, or a list of provinces. */
export async function loadStaffScope(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const staffId = req.auth_context?.actor_id
  if (!staffId) return next()
  const service: CddStaffModuleService = req.scope.resolve(CDD_STAFF_MODULE)
  const [staff] = await service.listCddStaffs({ id: staffId })
  if (!staff) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"))
  ;(req as StaffRequest).staff = {
    staff_id: staff.id,
    is_national: staff.is_national,
    province_codes: (staff.province_codes as string[]) ?? [],
  }
  next()
}

/** A query filter that keeps only what lies in the officer's provinces. */
export function provinceFilter(scope: StaffScope): { province_code?: string[] } {
  return scope.is_national ? {} : { province_code: scope.province_codes }
}

export function inScope(scope: StaffScope, provinceCode: string): boolean {
  return scope.is_national || scope.province_codes.includes(provinceCode)
}
