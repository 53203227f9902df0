import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createProducerAccountWorkflow } from "../../../workflows/producer/create-producer-account"
import { parseOrThrow } from "../../utils/validate"

const CreateProducerAccount = z.object({
  first_name: z.string().trim().min(1).max(100).optional(),
  last_name: z.string().trim().min(1).max(100).optional(),
  phone: z.string().trim().regex(/^0\d{8,9}$/, "a Thai phone number, e.g. 0812345678").optional(),
})

/**
 * POST /producer/account: after registering an email and password at
 * /auth/producer/emailpass/register, create the producer behind that identity.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already has a producer account")
  }
  const body = parseOrThrow(CreateProducerAccount, req.body ?? {})
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Producer accounts are registered with an email and password")
  const { result } = await createProducerAccountWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, producer: { email, ...body } },
  })
  res.status(201).json({ producer: result })
}
