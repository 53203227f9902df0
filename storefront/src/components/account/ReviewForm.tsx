"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId, useState } from "react"
import { describedBy, FormAlert, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { RegField } from "@/components/producer/registration/parts"
import type { MyReview } from "@/lib/customer/types"
import { REVIEW_BODY_MIN, type ReviewField, type ReviewState } from "@/lib/customer/validation"
import { StarRating } from "./StarRating"

type ReviewFormProps = {
  action: (state: ReviewState, form: FormData) => Promise<ReviewState>
  locale: string
  orderId: string
  productId: string
  productTitle: string
  /** The customer's review of this product, to edit. */
  review: MyReview | null
  /** Open from the start. */
  defaultOpen?: boolean
  initialState?: ReviewState
}

/** "Write a review" / "Edit your review" for a delivered product: stars, an optional title and the text. */
export function ReviewForm({ action, locale, orderId, productId, productTitle, review, defaultOpen = false, initialState = {} }: ReviewFormProps) {
  const t = useTranslations("Account")
  const [state, formAction, pending] = useActionState(action, initialState)
  const [open, setOpen] = useState(defaultOpen)
  const formId = useId()
  const errors = state.fieldErrors ?? {}
  const errorText = (field: ReviewField) => (errors[field] ? t(`errors.${errors[field]}`) : undefined)
  const values = state.values ?? (review ? { rating: String(review.rating), title: review.title ?? "", body: review.body } : undefined)
  // Controlled: what was typed survives React's reset of the form after each answer.
  const [title, setTitle] = useState(values?.title ?? "")
  const [body, setBody] = useState(values?.body ?? "")
  const isOpen = open || !!state.errorKey
  const prefix = `review-${productId}`
  const bodyHint = t("review.bodyHint", { min: REVIEW_BODY_MIN })

  return (
    <div className="mt-2">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={formId}
        onClick={() => setOpen(!isOpen)}
        className={secondaryButtonClass}
      >
        {review ? t("review.edit") : t("review.write")}
        <span className="sr-only">: {productTitle}</span>
      </button>
      {isOpen && (
        <form id={formId} action={formAction} className="mt-3 space-y-4 rounded-xl border border-line bg-paper p-4" noValidate>
          <h4 className="font-semibold text-ink">{t("review.formTitle", { product: productTitle })}</h4>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="order_id" value={orderId} />
          <input type="hidden" name="product_id" value={productId} />
          <div aria-live="polite" className="empty:hidden">
            {state.errorKey && <FormAlert>{t(`review.${state.errorKey}`)}</FormAlert>}
          </div>
          <StarRating
            name="rating"
            idPrefix={`${prefix}-star`}
            defaultValue={Number(values?.rating) || 0}
            error={errorText("rating")}
            errorId={`${prefix}-rating-error`}
          />
          <RegField id={`${prefix}-title`} label={t("review.titleLabel")} optionalLabel={t("review.titleHint")} error={errorText("title")}>
            <input
              id={`${prefix}-title`}
              name="title"
              maxLength={120}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              className={inputClass}
              {...describedBy(`${prefix}-title`, { error: errorText("title") })}
            />
          </RegField>
          <RegField id={`${prefix}-body`} label={t("review.body")} hint={bodyHint} error={errorText("body")} required>
            <textarea
              id={`${prefix}-body`}
              name="body"
              rows={4}
              aria-required="true"
              value={body}
              onChange={(event) => setBody(event.target.value)}
              className={inputClass}
              {...describedBy(`${prefix}-body`, { hint: bodyHint, error: errorText("body") })}
            />
          </RegField>
          {review && <p className="text-xs text-ink-soft">{t("review.editNote")}</p>}
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={pending} className={primaryButtonClass}>
              {pending ? t("review.submitting") : t("review.submit")}
            </button>
            <button type="button" onClick={() => setOpen(false)} className={secondaryButtonClass}>
              {t("review.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
