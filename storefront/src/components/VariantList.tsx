import { useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import type { ProductVariant } from "@/lib/medusa/types"
import { Price } from "./Price"
import { StockBadge } from "./StockBadge"

/** Every variant with its own price and availability. */
export function VariantList({ variants, locale }: { variants: ProductVariant[]; locale: AppLocale }) {
  const t = useTranslations("Product")
  return (
    <ul role="list" className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white">
      {variants.map((variant) => {
        const label = variant.options.map((option) => option.value).join(" · ") || variant.title
        return (
          <li key={variant.id} className="flex items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">{label}</p>
              {variant.sku && <p className="text-xs text-ink-soft">{t("sku", { sku: variant.sku })}</p>}
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              {variant.price ? (
                <Price amount={variant.price.amount} locale={locale} className="font-semibold text-indigo" />
              ) : (
                <span className="text-sm text-ink-soft">{t("priceUnavailable")}</span>
              )}
              <StockBadge status={variant.stockStatus} quantity={variant.inventoryQuantity} />
            </div>
          </li>
        )
      })}
    </ul>
  )
}
