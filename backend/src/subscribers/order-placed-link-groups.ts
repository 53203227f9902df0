import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToGroupsWorkflow } from "../workflows/order/link-order-to-groups"

/** Each producer group sees the orders that contain its products. */
export default async function linkPlacedOrderToGroups({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderToGroupsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
