import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import { cancelOrderLines } from "@/lib/producer/edit-actions"
import { openLines } from "@/lib/producer/edit-orders"
import type { ProducerOrderItem } from "@/lib/producer/types"
import { CancelForm } from "./CancelForm"

/** The cancel disclosure of an order card, with the Edit.cancel messages its client component needs. */
export async function OrderCancel({ orderId, items, locale }: { orderId: string; items: ProducerOrderItem[]; locale: string }) {
  const lines = openLines(items)
  if (!lines.length) return null
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ Edit: { cancel: messages.Edit.cancel } }}>
      <CancelForm action={cancelOrderLines} orderId={orderId} lines={lines} locale={locale} />
    </NextIntlClientProvider>
  )
}
