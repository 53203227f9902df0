import { Module } from "@medusajs/framework/utils"
import OtopGradeModuleService from "./service"

export const OTOP_GRADE_MODULE = "otopGrade"

export default Module(OTOP_GRADE_MODULE, { service: OtopGradeModuleService })
