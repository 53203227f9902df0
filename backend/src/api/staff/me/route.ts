import type { MedusaResponse } from "@medusajs/framework/http"
import { CDD_STAFF_MODULE } from "../../../modules/cdd-staff"
import type CddStaffModuleService from "../../../modules/cdd-staff/service"
import type { StaffRequest } from "../staff-scope"

/** GET /staff/me: the signed-in officer and their scope. */
export const GET = async (req: StaffRequest, res: MedusaResponse) => {
  const service: CddStaffModuleService = req.scope.resolve(CDD_STAFF_MODULE)
  res.json({ staff: await service.retrieveCddStaff(req.staff.staff_id) })
}
