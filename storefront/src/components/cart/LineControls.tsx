"use client"

import { useLocale, useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { useId, useState, useTransition } from "react"
import { removeCartLine, updateCartLine } from "@/lib/cart/actions"
import type { CartActionResult } from "@/lib/cart/actions"
import { announceCartChange } from "./events"
import { buttonSecondary } from "./styles"

type LineControlsProps = {
  lineId: string
  title: string
  quantity: number
  /** Units that can be bought now (null: not tracked). */
  available: number | null
}

/** Quantity (kept within stock) and remove for one cart line; the outcome is announced. */
export function LineControls({ lineId, title, quantity, available }: LineControlsProps) {
  const t = useTranslations("Cart")
  const locale = useLocale()
  const router = useRouter()
  const id = useId()
  const [value, setValue] = useState(String(quantity))
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const max = available === null ? 99 : Math.max(available, 0)

  const report = (result: CartActionResult, done: string) => {
    if (result.ok) {
      announceCartChange(result.count)
      setStatus(done)
      setError(null)
      router.refresh()
    } else {
      setStatus(null)
      setError(
        result.error === "stock" && typeof result.available === "number"
          ? t("errors.stockLeft", { available: result.available })
          : t(`errors.${result.error}`),
      )
    }
  }

  const update = (event: React.FormEvent) => {
    event.preventDefault()
    const wanted = Number.parseInt(value, 10)
    if (!Number.isInteger(wanted) || wanted < 1) {
      setValue(String(quantity))
      return
    }
    // Checked here too, so the buyer hears about the stock before a round trip.
    if (available !== null && wanted > available) {
      setError(available > 0 ? t("errors.stockLeft", { available }) : t("problems.out_of_stock"))
      return
    }
    startTransition(async () => report(await updateCartLine({ lineId, quantity: wanted, locale }), t("updated", { title, quantity: wanted })))
  }

  const remove = () => {
    startTransition(async () => report(await removeCartLine({ lineId, locale }), t("removed", { title })))
  }

  return (
    <div className="space-y-2">
      <form onSubmit={update} noValidate className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-qty`} className="sr-only">
            {t("quantity", { title })}
          </label>
          <input
            id={`${id}-qty`}
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, max)}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="h-11 w-20 rounded-xl border border-line bg-white px-3 text-center text-base tabular-nums text-ink outline-none focus:border-indigo focus:ring-2 focus:ring-indigo/20 aria-[invalid=true]:border-clay"
            data-testid="line-quantity"
          />
        </div>
        <button type="submit" disabled={pending || value === String(quantity)} className={`${buttonSecondary} min-h-11 px-4 text-sm`}>
          {t("update")}
        </button>
        <button
          type="button"
          onClick={remove}
          disabled={pending}
          aria-label={t("removeLabel", { title })}
          className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-semibold text-clay underline-offset-2 hover:underline disabled:opacity-60"
        >
          {t("remove")}
        </button>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-leaf">
        {status}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-clay">
          {error}
        </p>
      )}
    </div>
  )
}
