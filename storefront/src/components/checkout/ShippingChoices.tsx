"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import type { CartGroupView, ShippingChoice } from "@/lib/cart/types"
import { chooseShipping } from "@/lib/checkout/actions"
import { formatTHB } from "@/lib/money"
import type { AppLocale } from "@/i18n/routing"

/** One radio group per producer group: each ships on its own, at its own price. */
export function ShippingChoices({ groups, locale, enabled }: { groups: CartGroupView[]; locale: AppLocale; enabled: boolean }) {
  const t = useTranslations("Checkout")
  const tShipping = useTranslations("Shipping")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [status, setStatus] = useState("")
  const [error, setError] = useState("")
  // The buyer's choice shows at once; the server's answer (after refresh) confirms it.
  const [picked, setPicked] = useState<Record<string, string>>({})
  const label = (choice: ShippingChoice) => (choice.code === "thp-ems" || choice.code === "thp-registered" ? tShipping(choice.code) : choice.name)

  if (!enabled) return <p className="text-sm text-ink-soft">{t("shipping.addressFirst")}</p>

  const choose = (group: CartGroupView, choice: ShippingChoice) => {
    const key = group.id ?? "none"
    const before = picked[key]
    setPicked((all) => ({ ...all, [key]: choice.id }))
    setError("")
    setStatus(t("shipping.saving"))
    startTransition(async () => {
      const result = await chooseShipping({ optionId: choice.id, groupId: group.id })
      if (result.ok) {
        setStatus(t("shipping.chosen", { option: label(choice), group: group.name }))
        router.refresh()
      } else {
        setPicked((all) => ({ ...all, [key]: before ?? "" }))
        setStatus("")
        setError(t(`errors.${result.error === "cartGone" ? "failed" : "shipping"}`))
      }
    })
  }

  return (
    <div className="space-y-4">
      {groups.map((group, index) => (
        <fieldset key={group.id ?? index} className="rounded-xl border border-line p-3 sm:p-4" data-testid="shipping-group">
          <legend className="px-1 font-semibold text-indigo">{t("shipping.groupLegend", { name: group.name })}</legend>
          <p className="mb-2 text-xs text-ink-soft">
            {t("shipping.itemsOf", {
              count: group.items.reduce((n, item) => n + item.quantity, 0),
              titles: group.items.map((item) => item.title).join(", "),
            })}
          </p>
          {group.shippingOptions.length === 0 ? (
            <p className="text-sm text-clay">{t("shipping.none")}</p>
          ) : (
            <div className="space-y-2">
              {group.shippingOptions.map((choice) => (
                <label
                  key={choice.id}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line px-3 py-2 has-[:checked]:border-indigo has-[:checked]:bg-indigo-soft"
                >
                  <input
                    type="radio"
                    name={`shipping-${group.id ?? index}`}
                    value={choice.id}
                    checked={(picked[group.id ?? "none"] || group.selectedShippingOptionId) === choice.id}
                    disabled={pending}
                    onChange={() => choose(group, choice)}
                    className="h-5 w-5 accent-indigo"
                  />
                  <span className="flex-1 text-sm text-ink">{label(choice)}</span>
                  <span className="text-sm font-semibold tabular-nums text-indigo">{formatTHB(choice.amount, locale)}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
      ))}
      <p role="status" aria-live="polite" className="text-sm text-leaf">
        {status}
      </p>
      {error && (
        <p role="alert" className="text-sm font-medium text-clay">
          {error}
        </p>
      )}
    </div>
  )
}
