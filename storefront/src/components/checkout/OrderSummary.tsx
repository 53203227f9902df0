import { useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import type { CartView } from "@/lib/cart/types"
import { formatTHB } from "@/lib/money"

/** The order as it will be charged: lines per group, each group's shipping, the total with VAT. */
export function OrderSummary({ view, locale }: { view: CartView; locale: AppLocale }) {
  const t = useTranslations("Checkout.summary")
  const tCart = useTranslations("Cart")
  return (
    <aside aria-labelledby="order-summary" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5 lg:sticky lg:top-24" data-testid="order-summary">
      <h2 id="order-summary" className="text-lg font-bold text-ink">
        {t("title")}
      </h2>
      <div className="mt-3 space-y-4">
        {view.groups.map((group, index) => (
          <section key={group.id ?? index} aria-label={tCart("groupHeading", { name: group.name })} className="border-b border-line pb-3 last:border-0">
            <h3 className="text-sm font-semibold text-indigo">{tCart("groupHeading", { name: group.name })}</h3>
            <ul role="list" className="mt-1 space-y-1 text-sm">
              {group.items.map((item) => (
                <li key={item.id} className="flex justify-between gap-3">
                  <span className="min-w-0">
                    {item.title}
                    {item.variantTitle ? ` (${item.variantTitle})` : ""} <span className="text-ink-soft">{t("quantity", { quantity: item.quantity })}</span>
                  </span>
                  <span className="shrink-0 tabular-nums">{formatTHB(item.lineTotal, locale)}</span>
                </li>
              ))}
              <li className="flex justify-between gap-3 text-ink-soft">
                <span>{t("shipping")}</span>
                <span className="tabular-nums">{group.shippingChosen && group.shippingAmount ? formatTHB(group.shippingAmount, locale) : t("shippingPending")}</span>
              </li>
            </ul>
          </section>
        ))}
      </div>
      <dl className="mt-3 space-y-1.5 border-t border-line pt-3 text-sm">
        <div className="flex justify-between gap-3">
          <dt className="text-ink-soft">{t("items")}</dt>
          <dd className="tabular-nums">{formatTHB(view.itemTotal, locale)}</dd>
        </div>
        <div className="flex justify-between gap-3">
          <dt className="text-ink-soft">{t("shipping")}</dt>
          <dd className="tabular-nums">{formatTHB(view.shippingTotal, locale)}</dd>
        </div>
        <div className="flex justify-between gap-3 text-base font-bold text-ink">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="checkout-total">
            {formatTHB(view.total, locale)}
          </dd>
        </div>
      </dl>
      <p className="mt-1 text-xs text-leaf">{t("vat", { amount: formatTHB(view.taxTotal, locale) })}</p>
    </aside>
  )
}
