import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerStepInput = { email: string; first_name?: string | null; last_name?: string | null; phone?: string | null }

export const createProducerStepId = "create-producer"

/** Creates the person record behind a producer login; removed again if the workflow fails. */
export const createProducerStep = createStep(
  createProducerStepId,
  async (input: CreateProducerStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const email = input.email.trim().toLowerCase()
    const [existing] = await producers.listProducers({ email })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A producer account with email ${email} already exists`)
    }
    const producer = await producers.createProducers({ ...input, email })
    return new StepResponse(producer, producer.id)
  },
  async (producerId, { container }) => {
    if (!producerId) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducers(producerId)
  }
)
