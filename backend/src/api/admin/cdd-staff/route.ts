import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { CDD_STAFF_MODULE } from "../../../modules/cdd-staff"
import type CddStaffModuleService from "../../../modules/cdd-staff/service"
import { createCddStaffAccountWorkflow } from "../../../workflows/cdd-staff/create-cdd-staff-account"
import { parseOrThrow } from "../../utils/validate"

export const CreateStaffBody = z.object({
  email: z.string().trim().email(),
  password: z.string().min(10, "at least 10 characters"),
  first_name: z.string().trim().max(100).nullish(),
  last_name: z.string().trim().max(100).nullish(),
  position: z.string().trim().max(200).nullish(),
  is_national: z.boolean().default(false),
  province_codes: z.array(z.string().regex(/^\d{2}$/, "2-digit province codes")).default([]),
})

/** GET /admin/cdd-staff: the CDD officers (operators only; /admin routes need an admin user). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CddStaffModuleService = req.scope.resolve(CDD_STAFF_MODULE)
  const [cdd_staff, count] = await service.listAndCountCddStaffs({}, { order: { email: "ASC" } })
  res.json({ cdd_staff, count })
}

/** POST /admin/cdd-staff: create an officer with a login and a scope (national or provinces). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const input = parseOrThrow(CreateStaffBody, req.body)
  const { result } = await createCddStaffAccountWorkflow(req.scope).run({ input: input as any })
  res.status(201).json({ cdd_staff: result })
}
