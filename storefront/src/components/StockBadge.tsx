import { useTranslations } from "next-intl"
import type { StockStatus } from "@/lib/medusa/types"

const STYLES: Record<StockStatus, string> = {
  in_stock: "bg-leaf-soft text-leaf",
  low_stock: "bg-gold-soft text-gold-deep",
  out_of_stock: "bg-clay-soft text-clay",
}

const DOTS: Record<StockStatus, string> = {
  in_stock: "bg-leaf",
  low_stock: "bg-gold",
  out_of_stock: "bg-clay",
}

type StockBadgeProps = {
  status: StockStatus
  /** Units left, shown for low stock. */
  quantity?: number | null
  className?: string
}

export function StockBadge({ status, quantity, className }: StockBadgeProps) {
  const t = useTranslations("Product")
  const label =
    status === "out_of_stock"
      ? t("outOfStock")
      : status === "low_stock"
        ? typeof quantity === "number"
          ? t("lowStock", { count: quantity })
          : t("lowStockShort")
        : t("inStock")
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]} ${className ?? ""}`}
    >
      <span aria-hidden="true" className={`h-1.5 w-1.5 rounded-full ${DOTS[status]}`} />
      {label}
    </span>
  )
}
