import { useTranslations } from "next-intl"
import { Price } from "@/components/Price"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import type { OrderCancellation } from "@/lib/producer/edit-types"

/** The "cancelled" pill of an order card whose group part is all cancelled. */
export function CancelledBadge() {
  const t = useTranslations("Edit.orders")
  return (
    <span data-testid="order-status-canceled" className="rounded-full bg-clay-soft px-2.5 py-0.5 text-xs font-semibold text-clay">
      {t("canceled")}
    </span>
  )
}

/** The group's cancelled lines of an order, each cancellation with its reason and date. */
export function CancelledLines({ cancellations, locale }: { cancellations: OrderCancellation[] | null | undefined; locale: AppLocale }) {
  const t = useTranslations("Edit.orders")
  if (!cancellations?.length) return null
  return (
    <div data-testid="order-cancellations" className="mt-3 rounded-xl border border-clay/25 bg-clay-soft/40 p-3">
      <h3 className="text-sm font-semibold text-clay">{t("cancelledLines")}</h3>
      <ul className="mt-1 space-y-3">
        {cancellations.map((cancellation) => (
          <li key={cancellation.id} data-testid="order-cancellation" className="text-sm">
            <ul className="space-y-1">
              {(cancellation.items ?? []).map((item) => (
                <li key={item.line_item_id} className="flex justify-between gap-3">
                  <span className="min-w-0 text-ink">
                    <span className="line-through decoration-clay/60">{item.title}</span>{" "}
                    <span className="text-ink-soft">{t("quantity", { count: Number(item.quantity) })}</span>
                  </span>
                  {item.unit_price !== null && item.unit_price !== undefined && (
                    <Price amount={item.unit_price} locale={locale} className="shrink-0 text-ink-soft line-through" />
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-1 font-medium text-ink">{t("reason", { reason: cancellation.reason })}</p>
            <p className="text-xs text-ink-soft">
              {t("cancelledAt", { date: formatDate(cancellation.created_at, locale, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
