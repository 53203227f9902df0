import type { AppLocale } from "@/i18n/routing"
import { formatTHB, type DecimalInput } from "@/lib/money"

type PriceProps = {
  amount: DecimalInput
  locale: AppLocale
  className?: string
}

/** An amount in baht, formatted for the reader ("฿1,290.50"). */
export function Price({ amount, locale, className }: PriceProps) {
  return <span className={`tabular-nums ${className ?? ""}`}>{formatTHB(amount, locale)}</span>
}
