"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"

// Last-resort boundary: pages handle an unreachable backend themselves (StoreUnavailable).
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors")
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-ink">{t("unexpectedTitle")}</h1>
      <p className="mt-3 text-ink-soft">{t("unexpectedText")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-indigo px-5 py-2.5 font-semibold text-white transition hover:bg-indigo-deep"
      >
        {t("retry")}
      </button>
    </div>
  )
}
