import { useTranslations } from "next-intl"
import { PostalAddress } from "@/components/address/PostalAddress"
import { OrderTotals } from "@/components/order/OrderTotals"
import type { AppLocale } from "@/i18n/routing"
import type { OrderDetail } from "@/lib/customer/types"

/** Totals in THB (prices include VAT) and where the order goes. */
export function OrderSummaryBox({ order, locale }: { order: OrderDetail; locale: AppLocale }) {
  const t = useTranslations("Account.order")
  const address = order.shipping_address
  return (
    <aside className="space-y-4">
      <section aria-labelledby="summary-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm">
        <h2 id="summary-title" className="mb-3 font-bold text-ink">
          {t("summary")}
        </h2>
        <OrderTotals
          locale={locale}
          totals={{ items: order.item_total, shipping: order.shipping_total, discount: order.discount_total, total: order.total, tax: order.tax_total }}
          labels={{ items: t("subtotal"), shipping: t("shipping"), discount: t("discount"), total: t("total"), vat: (amount) => t("vatIncluded", { amount }) }}
        />
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
