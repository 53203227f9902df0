"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

type StarRatingProps = {
  name: string
  /** Prefix of the inputs' ids (one form per product on a page). */
  idPrefix: string
  defaultValue?: number
  error?: string
  errorId?: string
}

/**
 * 1–5 stars as a real radio group: arrow keys move between stars, each star is named
 * ("4 stars"), the choice is read out; the stars fill up to the chosen or hovered one.
 */
export function StarRating({ name, idPrefix, defaultValue = 0, error, errorId }: StarRatingProps) {
  const t = useTranslations("Account.review")
  const [value, setValue] = useState(defaultValue)
  const [hover, setHover] = useState(0)
  const shown = hover || value
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-semibold text-ink">
        {t("rating")}
        <span aria-hidden="true" className="ml-0.5 text-clay">
          *
        </span>
      </legend>
      <div className="mt-1 flex gap-1" onMouseLeave={() => setHover(0)}>
        {[1, 2, 3, 4, 5].map((star) => (
          <label key={star} htmlFor={`${idPrefix}-${star}`} className="cursor-pointer" onMouseEnter={() => setHover(star)}>
            <input
              id={`${idPrefix}-${star}`}
              type="radio"
              name={name}
              value={star}
              checked={value === star}
              onChange={() => setValue(star)}
              className="peer sr-only"
            />
            <span className="sr-only">{t("stars", { count: star })}</span>
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className={`h-11 w-11 rounded-lg p-1.5 transition peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-gold ${
                star <= shown ? "fill-gold text-gold-deep" : "fill-none text-ink-soft"
              }`}
              stroke="currentColor"
              strokeWidth="1.5"
            >
              <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3L2.9 9.5l6.3-.9z" strokeLinejoin="round" />
            </svg>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-clay">
          {error}
        </p>
      )}
    </fieldset>
  )
}
