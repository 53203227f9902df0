import { useTranslations } from "next-intl"
import { ProductImage } from "@/components/ProductImage"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { CartGroupView, CartLineView, ShippingChoice } from "@/lib/cart/types"
import { formatDate } from "@/lib/dates"
import { formatTHB } from "@/lib/money"
import { LineControls } from "./LineControls"

/** A Thailand Post service in the reader's language (the backend's name for any other). */
export function useShippingLabel() {
  const t = useTranslations("Shipping")
  return (choice: Pick<ShippingChoice, "code" | "name">) =>
    choice.code && (t.has as (key: string) => boolean)(choice.code) ? t(choice.code as "thp-ems") : choice.name
}

function LineProblemNote({ line, group, locale }: { line: CartLineView; group: CartGroupView; locale: AppLocale }) {
  const t = useTranslations("Cart")
  if (!line.problem) return null
  const text =
    line.problem === "group_closed"
      ? t("problems.group_closed", { date: group.closedUntil ? formatDate(group.closedUntil, locale) : "—" })
      : line.problem === "insufficient_stock"
        ? t("problems.insufficient_stock", { available: line.available ?? 0 })
        : t(`problems.${line.problem}`)
  return (
    <p data-testid="line-problem" data-problem={line.problem} className="rounded-lg bg-clay-soft px-3 py-2 text-sm font-medium text-clay">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  )
}

/** The cart's lines, one card per producer group with its own shipping. */
export function CartGroups({ groups, locale, editable = true }: { groups: CartGroupView[]; locale: AppLocale; editable?: boolean }) {
  const t = useTranslations("Cart")
  const shippingLabel = useShippingLabel()
  return (
    <div className="space-y-5">
      {groups.map((group, index) => {
        const headingId = `cart-group-${index}`
        const chosen = group.shippingOptions.find((option) => option.id === group.selectedShippingOptionId)
        return (
          <section
            key={group.id ?? index}
            aria-labelledby={headingId}
            data-testid="cart-group"
            className="overflow-hidden rounded-2xl border border-line bg-white shadow-sm"
          >
            <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-line bg-paper-deep/50 px-4 py-3 sm:px-5">
              <h2 id={headingId} className="font-bold text-indigo">
                {group.handle ? (
                  <Link href={`/producers/${group.handle}`} className="hover:underline">
                    {t("groupHeading", { name: group.name || t("groupFallback") })}
                  </Link>
                ) : (
                  t("groupHeading", { name: group.name || t("groupFallback") })
                )}
              </h2>
              <p className="text-sm text-ink-soft" data-testid="group-shipping">
                {chosen
                  ? `${shippingLabel(chosen)} · ${t("shippingChosen", { amount: formatTHB(chosen.amount, locale) })}`
                  : group.shippingAmount
                    ? t("shippingFrom", { amount: formatTHB(group.shippingAmount, locale) })
                    : t("groupShipsOwn")}
              </p>
            </header>
            {group.closureNote && (
              <p className="border-b border-line bg-gold-soft px-4 py-2 text-sm text-ink sm:px-5">{t("closureNote", { note: group.closureNote })}</p>
            )}
            <ul role="list" className="divide-y divide-line">
              {group.items.map((line) => (
                <li key={line.id} data-testid="cart-line" className="flex gap-3 px-4 py-4 sm:gap-4 sm:px-5">
                  <div className="relative h-20 w-20 shrink-0 overflow-hidden rounded-xl border border-line bg-paper-deep sm:h-24 sm:w-24">
                    <ProductImage src={line.thumbnail} alt={t("imageAlt", { title: line.title })} sizes="96px" noImageLabel={t("noImage")} />
                  </div>
                  <div className="min-w-0 flex-1 space-y-2">
                    <div className="flex flex-wrap items-start justify-between gap-x-3">
                      <div className="min-w-0">
                        <p className="font-semibold text-ink">
                          {line.productHandle ? (
                            <Link href={`/products/${line.productHandle}`} className="hover:underline">
                              {line.title}
                            </Link>
                          ) : (
                            line.title
                          )}
                        </p>
                        {line.variantTitle && <p className="text-sm text-ink-soft">{line.variantTitle}</p>}
                        <p className="text-sm text-ink-soft">{t("unitPrice", { price: formatTHB(line.unitPrice, locale) })}</p>
                      </div>
                      <p className="font-semibold tabular-nums text-indigo">{formatTHB(line.lineTotal, locale)}</p>
                    </div>
                    <LineProblemNote line={line} group={group} locale={locale} />
                    {editable && <LineControls lineId={line.id} title={line.title} quantity={line.quantity} available={line.available} />}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
