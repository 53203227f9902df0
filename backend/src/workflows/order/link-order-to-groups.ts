import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import GroupProductLink from "../../links/producer-group-product"
import { PRODUCER_MODULE } from "../../modules/producer"

export const linkOrderToGroupsWorkflowId = "link-order-to-producer-groups"

/** The groups whose products are in the order. */
const findOrderGroupsStep = createStep("find-order-producer-groups", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: order_id } })
  const productIds = [...new Set(((order?.items ?? []) as any[]).map((i) => i?.product_id).filter(Boolean))]
  if (!productIds.length) return new StepResponse([] as string[])
  const { data: links } = await query.graph({
    entity: GroupProductLink.entryPoint,
    fields: ["producer_group_id"],
    filters: { product_id: productIds },
  })
  return new StepResponse([...new Set(links.map((l: any) => l.producer_group_id as string))])
})

/** Runs when an order is placed: makes it visible to each group that has lines in it. */
export const linkOrderToGroupsWorkflow = createWorkflow(linkOrderToGroupsWorkflowId, (input: { order_id: string }) => {
  const groupIds = findOrderGroupsStep(input)
  createRemoteLinkStep(
    transform({ groupIds, input }, ({ groupIds, input }) =>
      groupIds.map((id) => ({ [PRODUCER_MODULE]: { producer_group_id: id }, [Modules.ORDER]: { order_id: input.order_id } }))
    )
  )
  return new WorkflowResponse(groupIds)
})
