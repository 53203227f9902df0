import { useLocale, useTranslations } from "next-intl"
import { LOCALE_TAGS, type AppLocale } from "@/i18n/routing"
import type { BuyerRating } from "@/lib/catalog/types"
import { ChatIcon, StarIcon } from "./icons"

/** 4.5 → "4.5" in the reader's digits and separators, one decimal. */
export function formatAverage(average: number, locale: AppLocale): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}

/** Buyers' stars in indigo ink (the official grade is gold): filled up to the rounded average. */
export function BuyerStars({ rating, className = "h-4 w-4" }: { rating: number; className?: string }) {
  const filled = Math.round(rating)
  return (
    <span aria-hidden="true" className="inline-flex">
      {Array.from({ length: 5 }, (_, index) => (
        <StarIcon key={index} filled={index < filled} className={`${className} text-indigo`} />
      ))}
    </span>
  )
}

type RatingSummaryProps = {
  rating: BuyerRating
  /** compact: one line on a card (nothing without reviews); full: the reviews section's header. */
  size?: "compact" | "full"
}

/**
 * What buyers who received the product say, always labelled as buyers' reviews, with a speech
 * bubble, so it is never read as the official OTOP grade.
 */
export function RatingSummary({ rating, size = "compact" }: RatingSummaryProps) {
  const t = useTranslations("Catalog.rating")
  const locale = useLocale() as AppLocale
  if (rating.average === null || rating.count === 0) {
    if (size === "compact") return null
    return (
      <p data-testid="buyer-rating" data-count={0} className="flex items-center gap-2 text-ink-soft">
        <ChatIcon className="h-5 w-5 shrink-0" />
        {t("none")}
      </p>
    )
  }
  const average = formatAverage(rating.average, locale)
  if (size === "compact") {
    return (
      <p data-testid="buyer-rating" data-average={rating.average} data-count={rating.count} className="flex items-center gap-1 text-xs text-ink-soft">
        <ChatIcon className="h-3.5 w-3.5 shrink-0" />
        <StarIcon className="h-3.5 w-3.5 shrink-0 text-indigo" />
        <span>{t("compact", { average, count: rating.count })}</span>
      </p>
    )
  }
  return (
    <div data-testid="buyer-rating" data-average={rating.average} data-count={rating.count} className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <p className="flex items-baseline gap-1">
        <span className="text-4xl font-bold text-indigo">{average}</span>
        <span className="text-ink-soft">{t("outOf")}</span>
      </p>
      <div>
        <BuyerStars rating={rating.average} className="h-5 w-5" />
        <p className="text-sm text-ink-soft">
          <span className="sr-only">{t("average", { average })} · </span>
          {t("count", { count: rating.count })}
        </p>
      </div>
    </div>
  )
}
