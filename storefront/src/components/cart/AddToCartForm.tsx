"use client"

import { useLocale, useTranslations } from "next-intl"
import { useId, useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart } from "@/lib/cart/actions"
import { formatTHB } from "@/lib/money"
import type { ProductVariant } from "@/lib/medusa/types"
import { announceCartChange } from "./events"
import { buttonPrimary, inputBase } from "./styles"

export type AddToCartProps = {
  variants: ProductVariant[]
  /** Shown instead of the button when the product cannot be bought now (e.g. its group is closed). */
  disabledReason?: string
}

type Feedback = { kind: "added"; text: string } | { kind: "error"; text: string } | null

const MAX_QUANTITY = 99

export function variantLabel(variant: ProductVariant): string {
  return variant.options.map((option) => option.value).join(" · ") || variant.title
}

/** The most a buyer can ask for: the stock when it is tracked, else a sane cap. */
export function maxQuantity(variant: ProductVariant | undefined): number {
  if (!variant) return 0
  if (variant.stockStatus === "out_of_stock") return 0
  return variant.inventoryQuantity === null ? MAX_QUANTITY : Math.max(0, Math.min(MAX_QUANTITY, variant.inventoryQuantity))
}

/** Variant picker, quantity and "add to cart", with the result announced to screen readers. */
export function AddToCartForm({ variants, disabledReason }: AddToCartProps) {
  const t = useTranslations("AddToCart")
  const locale = useLocale()
  const id = useId()
  const buyable = variants.filter((variant) => variant.price)
  const firstInStock = buyable.find((variant) => maxQuantity(variant) > 0) ?? buyable[0]
  const [variantId, setVariantId] = useState(firstInStock?.id ?? "")
  const [quantity, setQuantity] = useState(1)
  const [feedback, setFeedback] = useState<Feedback>(null)
  const [pending, startTransition] = useTransition()

  const variant = buyable.find((candidate) => candidate.id === variantId)
  const max = maxQuantity(variant)
  const soldOut = max === 0

  if (buyable.length === 0) return null

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!variant || soldOut || disabledReason) return
    const wanted = Math.min(Math.max(1, quantity), max)
    setFeedback(null)
    startTransition(async () => {
      const result = await addToCart({ variantId: variant.id, quantity: wanted, locale })
      if (result.ok) {
        announceCartChange(result.count)
        setFeedback({ kind: "added", text: t("added", { title: variantLabel(variant), count: result.count }) })
      } else if (result.error === "stock" && variant.inventoryQuantity !== null) {
        setFeedback({ kind: "error", text: t("errors.stockLeft", { available: variant.inventoryQuantity }) })
      } else {
        setFeedback({ kind: "error", text: t(`errors.${result.error}`) })
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-describedby={disabledReason ? `${id}-disabled` : undefined}>
      {buyable.length > 1 && (
        <div>
          <label htmlFor={`${id}-variant`} className="block text-sm font-semibold text-ink">
            {t("variant")}
          </label>
          <select
            id={`${id}-variant`}
            value={variantId}
            onChange={(event) => {
              setVariantId(event.target.value)
              setQuantity(1)
              setFeedback(null)
            }}
            className={inputBase}
          >
            {buyable.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {variantLabel(candidate)} — {formatTHB(candidate.price!.amount, locale)}
                {maxQuantity(candidate) === 0 ? ` (${t("soldOut")})` : ""}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-quantity`} className="block text-sm font-semibold text-ink">
            {t("quantity")}
          </label>
          <div className="mt-1 flex items-center rounded-full border border-line bg-white">
            <button
              type="button"
              aria-label={t("decrease")}
              aria-controls={`${id}-quantity`}
              disabled={quantity <= 1 || soldOut}
              onClick={() => setQuantity((n) => Math.max(1, n - 1))}
              className="h-11 w-11 rounded-full text-xl font-semibold text-indigo disabled:opacity-40"
            >
              −
            </button>
            <input
              id={`${id}-quantity`}
              type="number"
              inputMode="numeric"
              min={1}
              max={Math.max(1, max)}
              value={quantity}
              disabled={soldOut}
              onChange={(event) => {
                const n = Number.parseInt(event.target.value, 10)
                setQuantity(Number.isFinite(n) ? Math.max(1, Math.min(n, Math.max(1, max))) : 1)
              }}
              aria-describedby={variant?.inventoryQuantity !== null && !soldOut ? `${id}-max` : undefined}
              className="h-11 w-14 border-0 bg-transparent text-center text-base tabular-nums text-ink outline-none"
            />
            <button
              type="button"
              aria-label={t("increase")}
              aria-controls={`${id}-quantity`}
              disabled={quantity >= max || soldOut}
              onClick={() => setQuantity((n) => Math.min(max, n + 1))}
              className="h-11 w-11 rounded-full text-xl font-semibold text-indigo disabled:opacity-40"
            >
              +
            </button>
          </div>
        </div>
        <button
          type="submit"
          disabled={pending || soldOut || !!disabledReason}
          className={`${buttonPrimary} flex-1 sm:flex-none`}
          data-testid="add-to-cart"
        >
          {soldOut ? t("soldOut") : pending ? t("adding") : t("add")}
        </button>
      </div>
      {variant?.inventoryQuantity !== null && variant?.inventoryQuantity !== undefined && !soldOut && (
        <p id={`${id}-max`} className="text-xs text-ink-soft">
          {t("maxAvailable", { available: max })}
        </p>
      )}
      {disabledReason && (
        <p id={`${id}-disabled`} className="text-sm font-medium text-gold-deep">
          {disabledReason}
        </p>
      )}
      <div aria-live="polite" role="status" className="min-h-0">
        {feedback?.kind === "added" && (
          <p className="flex flex-wrap items-center gap-x-3 rounded-xl bg-leaf-soft px-4 py-2.5 text-sm font-medium text-leaf">
            <span>{feedback.text}</span>
            <Link href="/cart" className="font-semibold text-indigo underline">
              {t("viewCart")}
            </Link>
          </p>
        )}
      </div>
      <div aria-live="assertive" role="alert" className="min-h-0">
        {feedback?.kind === "error" && (
          <p className="rounded-xl bg-clay-soft px-4 py-2.5 text-sm font-medium text-clay">{feedback.text}</p>
        )}
      </div>
    </form>
  )
}
