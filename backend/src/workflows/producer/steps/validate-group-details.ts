import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { THAI_GEO_MODULE } from "../../../modules/thai-geo"
import type ThaiGeoModuleService from "../../../modules/thai-geo/service"

export type GroupIdentity = {
  handle?: string
  otop_registration_no?: string | null
  subdistrict_code?: string
}

export type ResolvedLocation = {
  subdistrict_code: string
  district_code: string
  province_code: string
  region: string
  inspection_zone: string
  postcode: string
}

export const validateGroupDetailsStepId = "validate-producer-group-details"

/**
 * Checks what the database cannot say in the user's terms: the subdistrict exists, and the
 * handle and OTOP registration number are not taken by another group. Each error names its field.
 * Returns the location derived from the subdistrict (district, province, region, zone).
 */
export const validateGroupDetailsStep = createStep(
  validateGroupDetailsStepId,
  async ({ details, group_id }: { details: GroupIdentity; group_id?: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const geo: ThaiGeoModuleService = container.resolve(THAI_GEO_MODULE)
    const clash = async (filter: Record<string, unknown>) =>
      (await producers.listProducerGroups(filter, { select: ["id"] })).some((g) => g.id !== group_id)

    if (details.handle && (await clash({ handle: details.handle }))) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle: '${details.handle}' is already taken by another group`)
    }
    if (details.otop_registration_no && (await clash({ otop_registration_no: details.otop_registration_no }))) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `otop_registration_no: '${details.otop_registration_no}' is already registered to another group`
      )
    }
    let location: ResolvedLocation | null = null
    if (details.subdistrict_code) {
      let sub
      try {
        sub = geo.retrieveSubdistrict(details.subdistrict_code)
      } catch {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `subdistrict_code: no subdistrict has the code '${details.subdistrict_code}'`)
      }
      location = {
        subdistrict_code: sub.code,
        district_code: sub.district.code,
        province_code: sub.province.code,
        region: sub.province.region,
        inspection_zone: sub.province.inspection_zone,
        postcode: sub.postcode,
      }
    }
    return new StepResponse(location)
  }
)
