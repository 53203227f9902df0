import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_CARD_PROVIDER_ID } from "../modules/stripe-payments/options"

/**
 * Cards are only authorised when the customer confirms (capture: false), so nobody is charged
 * for a cart that fails to become an order; once the order exists, the authorised amount is
 * captured here (Stripe holds an authorisation for 7 days only). A capture that fails is logged
 * and stays visible as "authorized" in the Medusa admin, where an operator can capture it.
 * PromptPay has no authorisation: it is captured when paid.
 */
export default async function captureCardPayments({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: event.data.id },
  })
  const payments = (order?.payment_collections ?? []).flatMap((c: any) => c?.payments ?? [])
  for (const payment of payments) {
    if (payment.provider_id !== STRIPE_CARD_PROVIDER_ID || payment.captured_at || payment.canceled_at) continue
    try {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    } catch (e: any) {
      logger.error(`[payments] capturing card payment ${payment.id} of order ${order.id} failed: ${e?.message ?? e}`)
    }
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "capture-card-payments" } }
