import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import {
  expiryState,
  localized,
  reminderDaysOf,
  statusKey,
  type CertificationScheme,
  type ExpiryState,
  type ProducerCertification,
} from "@/lib/producer/trust"

const STATUS_TONES: Record<string, string> = {
  verified: "bg-leaf-soft text-leaf border-leaf/25",
  pending: "bg-gold-soft text-gold-deep border-gold/40",
  rejected: "bg-clay-soft text-clay border-clay/25",
  expired: "bg-clay-soft text-clay border-clay/25",
  draft: "bg-paper-deep text-ink-soft border-line",
}

export async function CertificationStatus({ status }: { status: string }) {
  const t = await getTranslations("Trust.status")
  const key = statusKey(status)
  return (
    <span
      data-testid="certification-status"
      data-status={key}
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${STATUS_TONES[key] ?? "border-line bg-paper-deep text-ink-soft"}`}
    >
      <span aria-hidden="true" className="h-1.5 w-1.5 rounded-full bg-current" />
      {t(key)}
    </span>
  )
}

/** "Expired 3 days ago" / "Expires in 40 days" in the warning colours; nothing for the others. */
export async function ExpiryNotice({ state, renewed }: { state: ExpiryState; renewed: boolean }) {
  const t = await getTranslations("Trust.expiry")
  if (state.kind !== "expired" && state.kind !== "expiring") return null
  if (renewed) {
    return (
      <p data-testid="expiry-warning" data-kind="renewed" className="text-sm font-medium text-ink-soft">
        {state.kind === "expired" ? t("expired") : t("expiresIn", { days: state.days })} · {t("renewed")}
      </p>
    )
  }
  const expired = state.kind === "expired"
  const text = expired ? (state.daysAgo === 0 ? t("expiredToday") : t("expiredDaysAgo", { days: state.daysAgo })) : t("expiresIn", { days: state.days })
  return (
    <p
      data-testid="expiry-warning"
      data-kind={state.kind}
      className={`inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1 text-sm font-semibold ${expired ? "bg-clay-soft text-clay" : "bg-gold-soft text-gold-deep"}`}
    >
      <span aria-hidden="true">⚠</span>
      {text}
    </p>
  )
}

type CertificationCardProps = {
  certification: ProducerCertification
  scheme: CertificationScheme | undefined
  locale: AppLocale
  /** The product's title, or null for a certification of the whole group. */
  productTitle: string | null
  renewed: boolean
  now: Date
  /** On the certification's own page: no link to itself. */
  linkToDetail?: boolean
}

/** One certification: scheme, number as displayed, status, dates in the reader's era, expiry warning. */
export async function CertificationCard({ certification, scheme, locale, productTitle, renewed, now, linkToDetail = true }: CertificationCardProps) {
  const t = await getTranslations("Trust")
  const state = expiryState(certification, reminderDaysOf(scheme), now)
  const label = localized(certification.scheme_label ?? scheme?.label, locale) || certification.scheme
  const date = (value: string) => formatDate(value, locale, { dateStyle: "medium" })
  const giName = typeof certification.details?.gi_name === "string" ? certification.details.gi_name : null
  const warn = (state.kind === "expired" || state.kind === "expiring") && !renewed
  const status = statusKey(certification.status)
  const renewHref = {
    pathname: "/producer/certifications/new",
    query: { scheme: certification.scheme, ...(certification.product_id ? { product: certification.product_id } : {}) },
  }
  return (
    <article
      data-testid="certification"
      data-id={certification.id}
      data-scheme={certification.scheme}
      data-status={status}
      data-warning={warn ? state.kind : undefined}
      className={`rounded-2xl border bg-white p-4 shadow-sm ${warn ? (state.kind === "expired" ? "border-clay/40 border-l-4 border-l-clay" : "border-gold/50 border-l-4 border-l-gold") : "border-line"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 font-bold text-ink">{label}</h3>
        <CertificationStatus status={certification.status} />
      </div>
      {certification.number_display && (
        <p className="mt-1 font-mono text-base tracking-wide text-ink" data-testid="certification-number">
          {certification.number_display}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-ink-soft">{productTitle === null ? t("card.wholeGroup") : t("card.product")}</dt>
        <dd className="min-w-0 truncate text-ink">{productTitle === null ? "—" : productTitle}</dd>
        {giName && (
          <>
            <dt className="text-ink-soft">{t("card.giName")}</dt>
            <dd className="text-ink">{giName}</dd>
          </>
        )}
        {certification.certificate_number && (
          <>
            <dt className="text-ink-soft">{t("card.certificateNumber")}</dt>
            <dd className="text-ink">{certification.certificate_number}</dd>
          </>
        )}
        {certification.issued_at && (
          <>
            <dt className="text-ink-soft">{t("card.issued")}</dt>
            <dd className="text-ink" data-testid="certification-issued">
              {date(certification.issued_at)}
            </dd>
          </>
        )}
        <dt className="text-ink-soft">{t("card.expires")}</dt>
        <dd className="text-ink" data-testid="certification-expires">
          {certification.expires_at ? date(certification.expires_at) : t("card.noExpiry")}
        </dd>
        <dt className="text-ink-soft">{t("card.document")}</dt>
        <dd className="min-w-0 truncate text-ink">{certification.document_filename ?? t("card.noDocument")}</dd>
      </dl>
      {status === "rejected" && certification.status_reason && (
        <p className="mt-2 rounded-lg bg-clay-soft px-3 py-2 text-sm text-clay" data-testid="certification-reason">
          {t("card.reason", { reason: certification.status_reason })}
        </p>
      )}
      {status === "draft" && <p className="mt-2 text-sm font-medium text-gold-deep">{t("card.draftNote")}</p>}
      <div className="mt-2 space-y-2 empty:hidden">
        <ExpiryNotice state={state} renewed={renewed} />
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4">
        {linkToDetail && (
          <Link
            href={`/producer/certifications/${encodeURIComponent(certification.id)}`}
            className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline"
          >
            {t("list.open")} →
          </Link>
        )}
        {warn && (
          <Link href={renewHref} className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline">
            {t("list.renew")} →
          </Link>
        )}
        {status === "verified" && certification.lookup_url && (
          <a
            href={certification.lookup_url}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline"
          >
            {t("card.lookup")} ↗
          </a>
        )}
      </div>
    </article>
  )
}
