import type { Metadata } from "next"
import { postalAddressLines } from "@/lib/address"
import { getTranslations } from "next-intl/server"
import { Price } from "@/components/Price"
import { ShipForm } from "@/components/producer/ShipForm"
import { CancelledBadge, CancelledLines } from "@/components/producer/orders/CancelledLines"
import { OrderCancel } from "@/components/producer/orders/OrderCancel"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import { markShipped } from "@/lib/producer/actions"
import type { OrderWithCancellations } from "@/lib/producer/edit-types"
import { listProducerOrders } from "@/lib/producer/data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { sortOrdersForShipping } from "@/lib/producer/stats"
import { CARRIERS, type Carrier, type ProducerOrder } from "@/lib/producer/types"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer.orders" })
  return { title: t("title") }
}


export default async function ProducerOrdersPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Producer")
  const { orders } = await withSession(session, locale, (auth) => listProducerOrders(auth))
  const sorted = sortOrdersForShipping(orders)
  const toShip = sorted.filter((order) => order.group_status === "to_ship").length
  const carrierName = (carrier: string | null | undefined) =>
    carrier && CARRIERS.includes(carrier as Carrier) ? t(`carriers.${carrier as Carrier}`) : (carrier ?? "")

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold text-ink">{t("orders.title")}</h1>
        <p className="text-sm text-ink-soft">{t("orders.toShipCount", { count: toShip })}</p>
      </div>
      {sorted.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-center text-ink-soft">{t("orders.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {sorted.map((order) => (
            <OrderCard key={order.id} order={order} locale={locale} t={t} carrierName={carrierName} />
          ))}
        </ul>
      )}
    </div>
  )
}

type Translator = Awaited<ReturnType<typeof getTranslations<"Producer">>>

function OrderCard({
  order,
  locale,
  t,
  carrierName,
}: {
  order: ProducerOrder | OrderWithCancellations
  locale: AppLocale
  t: Translator
  carrierName: (carrier: string | null | undefined) => string
}) {
  const shipped = order.group_status === "shipped"
  const canceled = order.group_status === "canceled"
  const address = order.shipping_address
  return (
    <li
      data-testid="producer-order"
      data-status={order.group_status}
      className={`rounded-2xl border bg-white p-4 shadow-sm ${shipped || canceled ? "border-line" : "border-gold border-l-4"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-bold text-ink">{t("orders.order", { id: order.display_id })}</h2>
        {canceled ? (
          <CancelledBadge />
        ) : (
          <span
            className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${shipped ? "bg-leaf-soft text-leaf" : "bg-gold-soft text-gold-deep"}`}
          >
            {shipped ? t("orders.shipped") : t("orders.toShip")}
          </span>
        )}
      </div>
      <p className="text-sm text-ink-soft">{t("orders.placed", { date: formatDate(order.created_at, locale, { dateStyle: "medium", timeStyle: "short" }) })}</p>

      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold text-ink">{t("orders.shipTo")}</h3>
          <address className="mt-1 text-sm not-italic leading-relaxed text-ink-soft">
            {(address ? postalAddressLines(address, { phone: false }) : []).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            {address?.phone && <span className="block">{t("orders.phone", { phone: address.phone })}</span>}
          </address>
        </div>
        <div>
          <h3 className="text-sm font-semibold text-ink">{t("orders.items")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {order.items.map((item) => (
              <li key={item.id} className="flex justify-between gap-3">
                <span className="min-w-0 text-ink">
                  {item.title} <span className="text-ink-soft">{t("orders.quantity", { count: Number(item.quantity) })}</span>
                </span>
                <Price amount={item.unit_price} locale={locale} className="shrink-0 text-ink-soft" />
              </li>
            ))}
          </ul>
        </div>
      </div>

      {order.fulfillments.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm text-leaf">
          {order.fulfillments.map((fulfillment) => {
            const tracking = fulfillment.labels?.map((label) => label.tracking_number).filter(Boolean).join(", ")
            return (
              <li key={fulfillment.id} data-testid="fulfillment">
                {t("orders.tracking", { carrier: carrierName(fulfillment.metadata?.carrier), tracking: tracking || "–" })}
              </li>
            )
          })}
        </ul>
      )}

      {"cancellations" in order && <CancelledLines cancellations={order.cancellations} locale={locale} />}

      {!shipped && !canceled && (
        <div className="mt-4 space-y-3">
          <ShipForm action={markShipped} orderId={order.id} locale={locale} />
          <OrderCancel orderId={order.id} items={order.items} locale={locale} />
        </div>
      )}
    </li>
  )
}
