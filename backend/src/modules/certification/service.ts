import { MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"

/** Certifications of products and groups (the schemes themselves are data: ./data/schemes.ts). */
export default class CertificationModuleService extends MedusaService({ Certification }) {}
