import { MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { presentCertification } from "../../producer/certifications/shared"
import { provinceFilter, type StaffRequest } from "../staff-scope"

/** A certification of a group in the officer's provinces, or a 404 that says nothing more. */
export async function loadCertificationInScope(req: StaffRequest, id: string) {
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const [certification] = await service.listCertifications({ id, ...provinceFilter(req.staff) })
  if (!certification) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certification with id: ${id} was not found`)
  return presentCertification(certification)
}
