import { getTranslations } from "next-intl/server"
import { ProductImage } from "@/components/ProductImage"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { confirmReceived, saveReview } from "@/lib/customer/actions"
import type { OrderPartView } from "@/lib/customer/orders"
import { formatDate } from "@/lib/dates"
import { formatTHB } from "@/lib/money"
import { ReceivedButton } from "./ReceivedButton"
import { ReviewForm } from "./ReviewForm"
import { ReviewStatus } from "./ReviewStatus"
import { StateBadge } from "./StateBadge"

type OrderPartsProps = { orderId: string; parts: OrderPartView[]; locale: AppLocale }

/** One section per producer group: its items, its parcel with carrier and tracking number, receipt and reviews. */
export async function OrderParts({ orderId, parts, locale }: OrderPartsProps) {
  const t = await getTranslations("Account")
  const tProduct = await getTranslations("Product")
  return (
    <div className="space-y-5">
      {parts.map((part) => {
        const groupName = (locale === "en" && part.group.name_en) || part.group.name_th
        return (
          <section
            key={part.group.id}
            aria-labelledby={`part-${part.group.id}`}
            data-testid="order-part"
            className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="text-xs font-semibold text-gold-deep">{t("order.groupLabel")}</p>
                <h2 id={`part-${part.group.id}`} className="text-lg font-bold text-ink">
                  <Link href={`/producers/${part.group.handle}`} className="underline-offset-2 hover:underline">
                    {groupName}
                  </Link>
                </h2>
              </div>
              <StateBadge state={part.state} />
            </div>

            <ul className="mt-3 divide-y divide-line">
              {part.items.map((item) => {
                const title = item.product_title || item.title
                return (
                  <li key={item.id} className="py-3" data-testid="order-item">
                    <div className="flex gap-3">
                      <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-lg border border-line bg-paper-deep">
                        {/* Decorative: the title is right beside it. */}
                        <ProductImage src={item.thumbnail} alt="" sizes="64px" noImageLabel={tProduct("noImage")} />
                      </div>
                      <div className="flex min-w-0 flex-1 flex-wrap justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-semibold text-ink">{title}</p>
                        {item.variant_title && item.variant_title !== title && <p className="text-sm text-ink-soft">{item.variant_title}</p>}
                        <p className="text-sm text-ink-soft">{t("order.quantity", { count: Number(item.quantity) })}</p>
                      </div>
                      <p className="font-semibold tabular-nums text-ink">{formatTHB(item.total, locale)}</p>
                      </div>
                    </div>
                    {item.review && <ReviewStatus review={item.review} />}
                    {item.reviewable && item.product_id && (
                      <ReviewForm
                        // A saved review starts a fresh form (not the last attempt's answer).
                        key={item.review?.updated_at ?? "new"}
                        action={saveReview}
                        locale={locale}
                        orderId={orderId}
                        productId={item.product_id}
                        productTitle={title}
                        review={item.review}
                      />
                    )}
                  </li>
                )
              })}
            </ul>

            <div className="mt-2 rounded-xl bg-paper p-3">
              {part.shipments.length === 0 && part.state !== "cancelled" && <p className="text-sm text-ink-soft">{t("order.notShipped")}</p>}
              {part.shipments.map((shipment) => (
                <dl key={shipment.id} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="shipment">
                  <dt className="text-ink-soft">{t("order.carrier")}</dt>
                  <dd className="text-ink">{shipment.carrier ?? "—"}</dd>
                  <dt className="text-ink-soft">{t("order.tracking")}</dt>
                  <dd className="font-mono font-semibold text-ink" data-testid="tracking-number">
                    {shipment.trackingNumbers.join(", ") || "—"}
                  </dd>
                  {shipment.shippedAt && (
                    <dd className="col-span-2 text-ink-soft">{t("order.shippedOn", { date: formatDate(shipment.shippedAt, locale) })}</dd>
                  )}
                  {shipment.deliveredAt && (
                    <dd className="col-span-2 text-leaf">{t("order.deliveredOn", { date: formatDate(shipment.deliveredAt, locale) })}</dd>
                  )}
                </dl>
              ))}
              {part.awaitingReceipt && (
                <ReceivedButton action={confirmReceived} locale={locale} orderId={orderId} fulfillmentId={part.awaitingReceipt} groupName={groupName} />
              )}
              {part.cancellations.map((cancellation) => (
                <p key={cancellation.created_at} className="mt-2 text-sm text-clay">
                  {t("order.cancelled", { reason: cancellation.reason })}
                </p>
              ))}
            </div>
          </section>
        )
      })}
    </div>
  )
}
