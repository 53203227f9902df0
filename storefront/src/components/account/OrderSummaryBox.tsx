import { useTranslations } from "next-intl"
import { PostalAddress } from "@/components/address/PostalAddress"
import type { AppLocale } from "@/i18n/routing"
import type { OrderDetail } from "@/lib/customer/types"
import { compareAmounts, formatTHB } from "@/lib/money"

/** Totals in THB (prices include VAT) and where the order goes. */
export function OrderSummaryBox({ order, locale }: { order: OrderDetail; locale: AppLocale }) {
  const t = useTranslations("Account.order")
  const address = order.shipping_address
  const row = (label: string, value: string, strong = false) => (
    <div className={`flex justify-between gap-3 ${strong ? "border-t border-line pt-2 text-base font-bold text-ink" : "text-sm text-ink"}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  )
  return (
    <aside className="space-y-4">
      <section aria-labelledby="summary-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm">
        <h2 id="summary-title" className="mb-3 font-bold text-ink">
          {t("summary")}
        </h2>
        <dl className="space-y-2">
          {row(t("subtotal"), formatTHB(order.item_total, locale))}
          {row(t("shipping"), formatTHB(order.shipping_total, locale))}
          {compareAmounts(order.discount_total ?? 0, 0) !== 0 && row(t("discount"), `−${formatTHB(order.discount_total, locale)}`)}
          {row(t("total"), formatTHB(order.total, locale), true)}
        </dl>
        <p className="mt-1 text-xs text-ink-soft">{t("vatIncluded", { amount: formatTHB(order.tax_total ?? 0, locale) })}</p>
      </section>
      {address && (
        <section aria-labelledby="ship-to-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm">
          <h2 id="ship-to-title" className="mb-2 font-bold text-ink">
            {t("shipTo")}
          </h2>
          <PostalAddress address={address} className="text-sm not-italic leading-relaxed text-ink" />
        </section>
      )}
    </aside>
  )
}
