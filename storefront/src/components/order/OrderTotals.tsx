import type { AppLocale } from "@/i18n/routing"
import { compareAmounts, formatTHB, type DecimalInput } from "@/lib/money"

/** The words of the page showing the totals (a confirmation says "paid", an account page "total"). */
export type OrderTotalsLabels = {
  items: string
  shipping: string
  /** Only for pages whose orders can carry a discount. */
  discount?: string
  total: string
  /** "Includes VAT ฿x" for the formatted VAT amount. */
  vat: (amount: string) => string
}

type OrderTotalsProps = {
  locale: AppLocale
  totals: { items: DecimalInput; shipping: DecimalInput; discount?: DecimalInput | null; total: DecimalInput; tax?: DecimalInput | null }
  labels: OrderTotalsLabels
  className?: string
}

/** An order's items, shipping, discount (when there is one) and total in THB, prices including VAT. */
export function OrderTotals({ locale, totals, labels, className = "" }: OrderTotalsProps) {
  const discounted = labels.discount !== undefined && totals.discount != null && compareAmounts(totals.discount, 0) !== 0
  const row = "flex justify-between gap-3 py-0.5"
  return (
    <div className={className} data-testid="order-totals">
      <dl className="text-sm">
        <div className={row}>
          <dt className="text-ink-soft">{labels.items}</dt>
          <dd className="tabular-nums text-ink">{formatTHB(totals.items, locale)}</dd>
        </div>
        <div className={row}>
          <dt className="text-ink-soft">{labels.shipping}</dt>
          <dd className="tabular-nums text-ink">{formatTHB(totals.shipping, locale)}</dd>
        </div>
        {discounted && (
          <div className={row}>
            <dt className="text-ink-soft">{labels.discount}</dt>
            <dd className="tabular-nums text-ink">−{formatTHB(totals.discount!, locale)}</dd>
          </div>
        )}
        <div className="mt-1 flex justify-between gap-3 border-t border-line pt-2 text-base font-bold text-ink">
          <dt>{labels.total}</dt>
          <dd className="tabular-nums" data-testid="order-total">
            {formatTHB(totals.total, locale)}
          </dd>
        </div>
      </dl>
      <p className="mt-1 text-xs text-leaf">{labels.vat(formatTHB(totals.tax ?? 0, locale))}</p>
    </div>
  )
}
