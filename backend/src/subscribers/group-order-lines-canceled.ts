import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { GROUP_LINES_CANCELED_EVENT } from "../workflows/order/cancel-group-lines"

type LinesCanceled = { id: string; order_id: string; group_id: string }

/** Tells the buyer (in Thai and English) which items a producer group cancelled, and why. */
export default async function notifyBuyerOfCanceledLines({ event, container }: SubscriberArgs<LinesCanceled>) {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cancellation = await producers.retrieveGroupOrderCancellation(event.data.id)
  const group = await producers.retrieveProducerGroup(event.data.group_id)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "items.id", "items.title"],
    filters: { id: event.data.order_id },
  })
  if (!order?.email) return
  const lines = (cancellation.items as unknown as { line_item_id: string; quantity: number }[]) ?? []
  const titles = new Map((order.items ?? []).map((i: any) => [i.id, i.title]))
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-lines-canceled",
    data: {
      subject: `ยกเลิกสินค้าบางรายการในคำสั่งซื้อ #${order.display_id} / Items cancelled in order #${order.display_id}`,
      order_display_id: order.display_id,
      group_name_th: group.name_th,
      group_name_en: group.name_en,
      reason: cancellation.reason,
      items: lines.map((l) => ({ title: titles.get(l.line_item_id) ?? l.line_item_id, quantity: l.quantity })),
    },
  })
}

export const config: SubscriberConfig = { event: GROUP_LINES_CANCELED_EVENT }
