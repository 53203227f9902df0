import { useTranslations } from "next-intl"
import type { MyReview } from "@/lib/customer/types"

const STYLES = {
  pending: "bg-gold-soft text-gold-deep",
  published: "bg-leaf-soft text-leaf",
  rejected: "bg-clay-soft text-clay",
} as const

/** The customer's own review: its stars and where moderation stands (with the reason when rejected). */
export function ReviewStatus({ review }: { review: MyReview }) {
  const t = useTranslations("Account.review")
  const label =
    review.status === "rejected" && review.moderation_reason ? t("rejectedReason", { reason: review.moderation_reason }) : t(review.status)
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink" data-testid="review-status">
      <span>{t("yours", { count: review.rating })}</span>
      <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[review.status]}`}>{label}</span>
    </p>
  )
}
