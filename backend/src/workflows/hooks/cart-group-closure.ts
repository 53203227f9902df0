import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertGroupsOpenForVariants } from "../producer/closure/assert-groups-open"

// A temporarily closed group's products cannot be added to a cart, nor bought from a cart
// filled before the closure began.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const ids = ((input as any).items ?? []).map((i: any) => i.variant_id).filter(Boolean)
  await assertGroupsOpenForVariants(container, ids)
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const ids = ((cart as any)?.items ?? []).map((i: any) => i.variant_id).filter(Boolean)
  await assertGroupsOpenForVariants(container, ids)
})
