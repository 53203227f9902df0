import { useTranslations } from "next-intl"
import type { PartState } from "@/lib/customer/orders"

const STYLES: Record<PartState, string> = {
  preparing: "bg-gold-soft text-gold-deep",
  shipped: "bg-indigo-soft text-indigo",
  delivered: "bg-leaf-soft text-leaf",
  cancelled: "bg-clay-soft text-clay",
}

/** An order's or a group's delivery state, in words (never colour alone). */
export function StateBadge({ state }: { state: PartState }) {
  const t = useTranslations("Account.state")
  return <span className={`inline-flex items-center rounded-full px-3 py-1 text-xs font-semibold ${STYLES[state]}`}>{t(state)}</span>
}
