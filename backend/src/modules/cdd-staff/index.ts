import { Module } from "@medusajs/framework/utils"
import CddStaffModuleService from "./service"

export const CDD_STAFF_MODULE = "cddStaff"

export default Module(CDD_STAFF_MODULE, { service: CddStaffModuleService })
