"use client"

import { useLocale, useTranslations } from "next-intl"
import QRCode from "qrcode"
import { useCallback, useEffect, useState, useTransition } from "react"
import { buttonPrimary, buttonSecondary } from "@/components/cart/styles"
import type { AppLocale } from "@/i18n/routing"
import { promptPayStatus, startPromptPay, type PayError, type PromptPayQr } from "@/lib/checkout/actions"
import { formatTHB } from "@/lib/money"
import { payErrorMessage } from "./pay-errors"

const POLL_MS = 3000

/** "4:05" for 245 seconds. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`
}

type Phase = "idle" | "shown" | "expired" | "failed"

/** PromptPay: a QR drawn from Stripe's data, a countdown, and a wait for the payment. */
export function PromptPayPanel({ total, onError }: { total: string; onError: (message: string) => void }) {
  const t = useTranslations("Checkout")
  const locale = useLocale() as AppLocale
  const [qr, setQr] = useState<PromptPayQr | null>(null)
  const [svg, setSvg] = useState<string>("")
  const [phase, setPhase] = useState<Phase>("idle")
  const [now, setNow] = useState(() => Date.now() / 1000)
  const [pending, startTransition] = useTransition()
  const [paid, setPaid] = useState(false)

  const fail = useCallback(
    (error: PayError) => {
      if (error.error === "qrExpired") setPhase("expired")
      else if (error.error === "paymentFailed") setPhase("failed")
      onError(payErrorMessage(error, t as never))
    },
    [onError, t],
  )

  const create = () => {
    onError("")
    startTransition(async () => {
      const result = await startPromptPay(locale)
      if ("qr" in result) {
        setQr(result.qr)
        setSvg(await QRCode.toString(result.qr.data, { type: "svg", margin: 1, errorCorrectionLevel: "M" }))
        setNow(Date.now() / 1000)
        setPhase("shown")
      } else {
        fail(result)
      }
    })
  }

  useEffect(() => {
    if (phase !== "shown" || !qr) return
    const tick = setInterval(() => {
      const current = Date.now() / 1000
      setNow(current)
      if (current >= qr.expiresAt) setPhase("expired")
    }, 1000)
    let stopped = false
    const poll = async () => {
      if (stopped) return
      const result = await promptPayStatus(locale).catch(() => null)
      if (stopped || !result) return
      if ("error" in result) {
        fail(result)
        return
      }
      if (result.status === "paid") setPaid(true)
      if (result.status === "expired") setPhase("expired")
      else if (result.status === "failed") {
        setPhase("failed")
        // Paid, but the last item sold meanwhile: the backend refunded it.
        onError(result.code === "out_of_stock" ? t("promptpay.soldOutRefunded") : t("promptpay.failed"))
      }
    }
    const poller = setInterval(poll, POLL_MS)
    return () => {
      stopped = true
      clearInterval(tick)
      clearInterval(poller)
    }
  }, [phase, qr, locale, fail, onError, t])

  const amount = formatTHB(qr?.amount ?? total, locale)

  if (phase === "idle" || !qr) {
    return (
      <button type="button" onClick={create} disabled={pending} className={`${buttonPrimary} w-full sm:w-auto`} data-testid="promptpay-create">
        {pending ? t("payment.creatingQr") : t("payment.showQr", { total: formatTHB(total, locale) })}
      </button>
    )
  }

  return (
    <section aria-labelledby="promptpay-title" className="space-y-3 rounded-2xl border border-line bg-white p-4 text-center" data-testid="promptpay-panel">
      <h3 id="promptpay-title" className="font-bold text-indigo">
        {t("promptpay.title")}
      </h3>
      <p className="text-2xl font-bold tabular-nums text-ink">{t("promptpay.amount", { amount })}</p>
      {phase === "shown" && (
        <>
          <div
            role="img"
            aria-label={t("promptpay.qrAlt", { amount })}
            data-testid="promptpay-qr"
            className="mx-auto w-full max-w-64 [&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p className="text-sm text-ink">{t("promptpay.steps", { amount })}</p>
          <p className="text-sm font-semibold tabular-nums text-gold-deep" aria-live="off">
            {t("promptpay.expiresIn", { time: formatCountdown(qr.expiresAt - now) })}
          </p>
          <p role="status" aria-live="polite" className="text-sm text-ink-soft">
            {paid ? t("promptpay.paid") : t("promptpay.waiting")}
          </p>
          <p className="text-xs text-ink-soft">{t("promptpay.keepOpen")}</p>
        </>
      )}
      {(phase === "expired" || phase === "failed") && (
        <div className="space-y-3">
          <p role="alert" className="rounded-xl bg-clay-soft px-3 py-2.5 text-sm font-medium text-clay">
            {phase === "expired" ? t("promptpay.expired") : t("promptpay.failed")}
          </p>
          <button type="button" onClick={create} disabled={pending} className={buttonSecondary} data-testid="promptpay-new">
            {t("promptpay.newQr")}
          </button>
        </div>
      )}
    </section>
  )
}
