import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import type { Review } from "@/lib/catalog/types"
import { formatDate } from "@/lib/dates"
import { BuyerStars } from "./RatingSummary"

type ReviewListProps = {
  reviews: Review[]
  /** All published reviews (the list shows the latest ones). */
  count: number
  /** The group that answers, named in the reply. */
  groupName: string | null
}

/** Published buyer reviews, newest first, each with the producer group's public reply. */
export function ReviewList({ reviews, count, groupName }: ReviewListProps) {
  const t = useTranslations("Catalog.reviews")
  const locale = useLocale() as AppLocale
  if (reviews.length === 0) return null
  return (
    <div className="space-y-4">
      <ol role="list" className="space-y-4">
        {reviews.map((review) => (
          <li key={review.id} data-testid="review">
            <article className="rounded-2xl border border-line bg-white p-4">
              <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <BuyerStars rating={review.rating} />
                <span className="sr-only">{t("stars", { rating: review.rating })}</span>
                {review.title && <h3 className="font-semibold text-ink">{review.title}</h3>}
              </header>
              <p className="mt-2 whitespace-pre-line text-ink">{review.body}</p>
              <p className="mt-2 text-xs text-ink-soft">
                {t("by", { name: review.displayName ?? t("anonymous") })} · {t("verifiedPurchase")} ·{" "}
                <time dateTime={review.createdAt}>{formatDate(review.createdAt, locale)}</time>
              </p>
              {review.reply && (
                <div data-testid="review-reply" className="mt-3 rounded-xl border-l-4 border-indigo/40 bg-indigo-soft/60 p-3 text-sm">
                  <p className="font-semibold text-indigo">{groupName ? t("replyFrom", { group: groupName }) : t("reply")}</p>
                  <p className="mt-1 whitespace-pre-line text-ink">{review.reply.body}</p>
                  {review.reply.repliedAt && (
                    <p className="mt-1 text-xs text-ink-soft">
                      <time dateTime={review.reply.repliedAt}>{formatDate(review.reply.repliedAt, locale)}</time>
                    </p>
                  )}
                </div>
              )}
            </article>
          </li>
        ))}
      </ol>
      {count > reviews.length && <p className="text-sm text-ink-soft">{t("showing", { shown: reviews.length, count })}</p>}
    </div>
  )
}
