import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { listState } from "@/lib/customer/orders"
import type { OrderSummary } from "@/lib/customer/types"
import { formatDate } from "@/lib/dates"
import { formatTHB } from "@/lib/money"
import { StateBadge } from "./StateBadge"

/** The customer's orders, newest first: number, date, items, total and where it is. */
export function OrderList({ orders, locale }: { orders: OrderSummary[]; locale: AppLocale }) {
  const t = useTranslations("Account.overview")
  return (
    <ul className="space-y-3">
      {orders.map((order) => {
        const count = (order.items ?? []).reduce((sum, item) => sum + Number(item.quantity ?? 0), 0)
        return (
          <li key={order.id} data-testid="account-order" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h3 className="font-bold text-ink">{t("orderNumber", { number: order.display_id })}</h3>
                <p className="text-sm text-ink-soft">{t("placedOn", { date: formatDate(order.created_at, locale) })}</p>
              </div>
              <StateBadge state={listState(order.fulfillment_status, order.status)} />
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-ink">
                {t("itemCount", { count })} · <span className="font-semibold tabular-nums">{formatTHB(order.total, locale)}</span>
              </p>
              <Link
                href={`/account/orders/${order.id}`}
                className="inline-flex min-h-11 items-center rounded-full border border-indigo/30 px-4 text-sm font-semibold text-indigo hover:border-indigo hover:bg-indigo-soft"
              >
                {t("view")}
                <span className="sr-only"> {t("orderNumber", { number: order.display_id })}</span>
              </Link>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
