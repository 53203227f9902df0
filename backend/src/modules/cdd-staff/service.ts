import { MedusaService } from "@medusajs/framework/utils"
import { CddStaff } from "./models/cdd-staff"

export default class CddStaffModuleService extends MedusaService({ CddStaff }) {}
