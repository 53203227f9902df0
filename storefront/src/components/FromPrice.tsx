import { useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import { formatTHB, type DecimalInput } from "@/lib/money"

/** "เริ่มต้น ฿590.00" / "From ฿590.00", the word smaller than the amount. */
export function FromPrice({ amount, locale }: { amount: DecimalInput; locale: AppLocale }) {
  const t = useTranslations("Product")
  return (
    <span className="tabular-nums">
      {t.rich("from", {
        price: formatTHB(amount, locale),
        label: (chunks) => <span className="text-[0.7em] font-medium text-ink-soft">{chunks}</span>,
      })}
    </span>
  )
}
