"use client"

import type { Stripe, StripeElements } from "@stripe/stripe-js"
import { useLocale, useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { buttonPrimary } from "@/components/cart/styles"
import type { AppLocale } from "@/i18n/routing"
import { completeCheckout, startCardPayment } from "@/lib/checkout/actions"
import { formatTHB } from "@/lib/money"
import { payErrorMessage } from "./pay-errors"

/** Stripe's decline codes all mean "the bank said no": one clear message. */
export function isDecline(error: { type?: string; code?: string; decline_code?: string }): boolean {
  return error.type === "card_error" && (error.code === "card_declined" || !!error.decline_code || error.code === "expired_card" || error.code === "insufficient_funds")
}

/**
 * Card payment with Stripe's Payment Element. Stripe.js is loaded only now that the buyer chose
 * card; the card details go to Stripe, never through our server.
 */
export function CardPanel({ publishableKey, total, onError }: { publishableKey: string; total: string; onError: (message: string) => void }) {
  const t = useTranslations("Checkout")
  const locale = useLocale() as AppLocale
  const mountRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null)
  const [ready, setReady] = useState(false)
  const [paying, setPaying] = useState(false)

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      const session = await startCardPayment(locale)
      if (cancelled) return
      if (!("clientSecret" in session)) {
        onError(payErrorMessage(session, t as never))
        return
      }
      const { loadStripe } = await import("@stripe/stripe-js")
      const stripe = await loadStripe(publishableKey, { locale: locale === "th" ? "th" : "en" }).catch(() => null)
      if (cancelled) return
      if (!stripe || !mountRef.current) {
        onError(t("payment.cardUnavailable"))
        return
      }
      const elements = stripe.elements({ clientSecret: session.clientSecret, appearance: { theme: "stripe", variables: { colorPrimary: "#23386b" } } })
      const element = elements.create("payment", { layout: "tabs" })
      element.on("ready", () => !cancelled && setReady(true))
      element.mount(mountRef.current)
      stripeRef.current = { stripe, elements }
    })()
    return () => {
      cancelled = true
    }
  }, [locale, publishableKey, onError, t])

  const pay = async () => {
    const handle = stripeRef.current
    if (!handle) return
    onError("")
    setPaying(true)
    const { error } = await handle.stripe.confirmPayment({
      elements: handle.elements,
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}/${locale}/checkout?card_return=1` },
    })
    if (error) {
      setPaying(false)
      onError(isDecline(error) ? t("errorsPay.declined") : t("errorsPay.cardError", { message: error.message ?? "" }))
      return
    }
    // Confirmed by the bank: place the order (the server redirects to the confirmation).
    const failure = await completeCheckout(locale)
    setPaying(false)
    onError(payErrorMessage(failure, t as never))
  }

  return (
    <div className="space-y-3" data-testid="card-panel">
      <div ref={mountRef} className="min-h-24 rounded-xl border border-line bg-white p-3" />
      {!ready && <p className="text-sm text-ink-soft">{t("payment.cardLoading")}</p>}
      <button type="button" onClick={pay} disabled={!ready || paying} className={`${buttonPrimary} w-full sm:w-auto`}>
        {paying ? t("payment.placing") : t("payment.payCard", { total: formatTHB(total, locale) })}
      </button>
    </div>
  )
}
