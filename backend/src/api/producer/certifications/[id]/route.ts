import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import type CertificationModuleService from "../../../../modules/certification/service"
import { actingGroupId, type ProducerRequest } from "../../acting-group"
import { presentCertification } from "../shared"

/** GET /producer/certifications/:id: one of the group's certifications (another group's is a 404). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const [certification] = await service.listCertifications({ id: req.params.id, group_id: actingGroupId(req) })
  if (!certification) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certification with id: ${req.params.id} was not found`)
  res.json({ certification: presentCertification(certification) })
}
