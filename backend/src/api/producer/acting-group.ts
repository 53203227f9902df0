import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const ACTING_GROUP_HEADER = "x-producer-group-id"

export type ProducerContext = {
  producer_id: string
  /** The group this request acts for, or null when the producer has not chosen one. */
  group_id: string | null
  role: "owner" | "staff" | null
  memberships: { group_id: string; role: "owner" | "staff" }[]
}

export type ProducerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { producer: ProducerContext }

/**
 * Resolves the group a producer acts for from their memberships: the one named in the
 * x-producer-group-id header, or their only group. A group they are not a member of is
 * answered as not found, exactly like a group that does not exist.
 */
export async function resolveActingGroup(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const producerId = req.auth_context?.actor_id
  if (!producerId) return next()
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const memberships = (await producers.listGroupMemberships({ producer_id: producerId })).map((m) => ({
    group_id: m.group_id as string,
    role: m.role as "owner" | "staff",
  }))
  const requested = req.headers[ACTING_GROUP_HEADER]
  let acting: (typeof memberships)[number] | undefined
  if (typeof requested === "string" && requested) {
    acting = memberships.find((m) => m.group_id === requested)
    if (!acting) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group with id: ${requested} was not found`))
  } else if (memberships.length === 1) {
    acting = memberships[0]
  }
  ;(req as ProducerRequest).producer = {
    producer_id: producerId,
    group_id: acting?.group_id ?? null,
    role: acting?.role ?? null,
    memberships,
  }
  next()
}

/** The acting group's id; a 400 that says how to choose one when the producer has several. */
export function actingGroupId(req: ProducerRequest): string {
  const { group_id, memberships } = req.producer
  if (group_id) return group_id
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    memberships.length
      ? `You belong to ${memberships.length} producer groups: choose one with the ${ACTING_GROUP_HEADER} header`
      : "You do not belong to a producer group yet: file a registration or accept an invite"
  )
}

/** Owners only (members, invites, payout details). Staff get a 403: the group is theirs, so it is no secret. */
export function requireOwner(req: ProducerRequest) {
  actingGroupId(req)
  if (req.producer.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the group's owners can do this")
  }
}
