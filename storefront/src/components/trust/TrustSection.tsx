import { useTranslations } from "next-intl"
import { visibleCertifications } from "@/lib/catalog/labels"
import type { ProductTrust, ReviewPage, Vocabularies } from "@/lib/catalog/types"
import { CertificationBadges } from "./CertificationBadges"
import { FabricAttributes, SoftPowerList } from "./FabricAttributes"
import { GradeBadge, GradeHistory } from "./GradeBadge"
import { RatingSummary } from "./RatingSummary"
import { ReviewList } from "./ReviewList"

function Heading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mb-3 flex items-center gap-2.5 text-xl font-bold text-ink">
      <span aria-hidden="true" className="h-2.5 w-2.5 rotate-45 bg-gold" />
      {children}
    </h2>
  )
}

/**
 * The product page's "why you can trust it": the official grade with its round and history,
 * verified certifications with their look-ups, Thai-fabric facts and soft power. Buyer reviews
 * are a separate section (ReviewsSection), so the two are never read as one.
 */
export function TrustSection({ trust, vocabularies }: { trust: ProductTrust; vocabularies: Vocabularies }) {
  const t = useTranslations("Catalog")
  const certifications = visibleCertifications(trust.certifications)
  const hasSoftPower = trust.softPower.length > 0 || trust.campaigns.length > 0
  return (
    <section aria-labelledby="trust-title" data-testid="trust-section" className="mt-10">
      <Heading id="trust-title">{t("trust.title")}</Heading>
      <div className="grid gap-4 lg:grid-cols-2">
        <div data-testid="official-grade" className="rounded-2xl border border-gold/50 bg-gold-soft/50 p-4 sm:p-5">
          {trust.grade ? (
            <>
              <GradeBadge grade={trust.grade} size="full" />
              <p className="mt-2 text-sm text-ink-soft">{t("grade.explain")}</p>
              <GradeHistory grades={trust.grades} />
            </>
          ) : (
            <>
              <p className="text-xs font-semibold uppercase tracking-wide text-gold-deep">{t("grade.label")}</p>
              <p className="mt-1 text-ink-soft">{t("grade.none")}</p>
            </>
          )}
        </div>

        <div className="rounded-2xl border border-line bg-white p-4 sm:p-5">
          <h3 className="font-semibold text-ink">{t("certs.title")}</h3>
          {certifications.length > 0 ? (
            <>
              <p className="mb-3 text-sm text-ink-soft">{t("certs.intro")}</p>
              <CertificationBadges certifications={certifications} schemes={vocabularies.schemes} size="full" />
            </>
          ) : (
            <p className="mt-1 text-sm text-ink-soft">{t("certs.none")}</p>
          )}
        </div>

        {trust.fabric && (
          <div className="rounded-2xl border border-line bg-white p-4 sm:p-5">
            <h3 className="mb-2 font-semibold text-ink">{t("fabric.title")}</h3>
            <FabricAttributes fabric={trust.fabric} vocabularies={vocabularies} />
          </div>
        )}

        {hasSoftPower && (
          <div className="rounded-2xl border border-line bg-white p-4 sm:p-5">
            <h3 className="mb-2 font-semibold text-ink">{t("softPower.title")}</h3>
            <SoftPowerList sectors={trust.softPower} campaigns={trust.campaigns} vocabularies={vocabularies} />
          </div>
        )}
      </div>
    </section>
  )
}

/** Buyer reviews: their own section, in ink with speech bubbles, titled and explained as buyers' word. */
export function ReviewsSection({ reviews, groupName }: { reviews: ReviewPage | null; groupName: string | null }) {
  const t = useTranslations("Catalog")
  return (
    <section id="reviews" aria-labelledby="reviews-title" data-testid="reviews-section" className="mt-10 max-w-3xl">
      <Heading id="reviews-title">{t("reviews.title")}</Heading>
      {reviews ? (
        <div className="space-y-4">
          <div className="rounded-2xl border border-line bg-white p-4 sm:p-5">
            <RatingSummary rating={reviews.rating} size="full" />
            <p className="mt-2 text-sm text-ink-soft">{t("rating.note")}</p>
          </div>
          <ReviewList reviews={reviews.reviews} count={reviews.count} groupName={groupName} />
        </div>
      ) : (
        <p role="status" className="text-ink-soft">
          {t("reviews.unavailable")}
        </p>
      )}
    </section>
  )
}
