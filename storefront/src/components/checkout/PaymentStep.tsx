"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react"
import { buttonPrimary } from "@/components/cart/styles"
import type { AppLocale } from "@/i18n/routing"
import { completeCheckout, placeTestOrder } from "@/lib/checkout/actions"
import type { PaymentMethodKey } from "@/lib/checkout/providers"
import { formatTHB } from "@/lib/money"
import { CardPanel } from "./CardPanel"
import { payErrorMessage } from "./pay-errors"
import { PromptPayPanel } from "./PromptPayPanel"

type PaymentStepProps = {
  methods: PaymentMethodKey[]
  enabled: boolean
  total: string
  stripeKey: string | null
}

/** Choice of payment (the test payment clearly named as such) and the matching way to pay. */
export function PaymentStep({ methods, enabled, total, stripeKey }: PaymentStepProps) {
  const t = useTranslations("Checkout")
  const locale = useLocale() as AppLocale
  const id = useId()
  const search = useSearchParams()
  const [method, setMethod] = useState<PaymentMethodKey | null>(methods.length === 1 ? methods[0] : null)
  const [error, setError] = useState("")
  const [pending, startTransition] = useTransition()
  const errorRef = useRef<HTMLDivElement>(null)
  const onError = useCallback((message: string) => setError(message), [])

  useEffect(() => {
    if (error) errorRef.current?.focus()
  }, [error])

  // Back from a bank's page (3-D Secure): Stripe confirmed the card, place the order.
  useEffect(() => {
    if (search.get("card_return") === "1" && search.get("redirect_status") === "succeeded") {
      startTransition(async () => setError(payErrorMessage(await completeCheckout(locale), t as never)))
    } else if (search.get("card_return") === "1" && search.get("redirect_status") === "failed") {
      setError(t("errorsPay.declined"))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  if (methods.length === 0) return <p role="alert" className="text-sm text-clay">{t("payment.none")}</p>
  if (!enabled) return <p className="text-sm text-ink-soft">{t("payment.notReady")}</p>

  const labels: Record<PaymentMethodKey, { title: string; hint: string }> = {
    promptpay: { title: t("payment.promptpay"), hint: t("payment.promptpayHint") },
    card: { title: t("payment.card"), hint: t("payment.cardHint") },
    system: { title: t("payment.system"), hint: t("payment.systemHint") },
  }

  const placeTest = () => {
    setError("")
    startTransition(async () => setError(payErrorMessage(await placeTestOrder(locale), t as never)))
  }

  return (
    <div className="space-y-4">
      <p className="text-sm font-semibold text-ink">{t("payment.total", { total: formatTHB(total, locale) })}</p>
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-ink">{t("payment.legend")}</legend>
        <div className="space-y-2">
          {methods.map((key) => (
            <label
              key={key}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line px-3 py-2.5 has-[:checked]:border-indigo has-[:checked]:bg-indigo-soft"
            >
              <input
                type="radio"
                name={`${id}-payment`}
                value={key}
                checked={method === key}
                onChange={() => {
                  setError("")
                  setMethod(key)
                }}
                aria-describedby={`${id}-${key}-hint`}
                className="mt-1 h-5 w-5 accent-indigo"
              />
              <span>
                <span className={`block font-semibold ${key === "system" ? "text-gold-deep" : "text-ink"}`}>{labels[key].title}</span>
                <span id={`${id}-${key}-hint`} className="block text-xs text-ink-soft">
                  {labels[key].hint}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div ref={errorRef} tabIndex={-1} aria-live="assertive" className="outline-none">
        {error && (
          <p role="alert" data-testid="payment-error" className="rounded-xl border border-clay/30 bg-clay-soft px-4 py-3 text-sm font-medium text-clay">
            {error}
          </p>
        )}
      </div>

      {method === "system" && (
        <button type="button" onClick={placeTest} disabled={pending} className={`${buttonPrimary} w-full sm:w-auto`} data-testid="place-order">
          {pending ? t("payment.placing") : t("payment.placeOrder", { total: formatTHB(total, locale) })}
        </button>
      )}
      {method === "card" && stripeKey && <CardPanel publishableKey={stripeKey} total={total} onError={onError} />}
      {method === "promptpay" && <PromptPayPanel total={total} onError={onError} />}
    </div>
  )
}
