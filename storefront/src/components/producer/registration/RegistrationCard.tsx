import { useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import { isDocumentKind, sortedEvents, timelineStep, type RegistrationSummary } from "@/lib/producer/registration"
import { provinceName } from "@/lib/provinces"
import { StatusBadge } from "../StatusBadge"

const STATUSES = ["pending", "approved", "rejected", "suspended"] as const
type KnownStatus = (typeof STATUSES)[number]

const DOT: Record<string, string> = {
  submitted: "bg-gold",
  approved: "bg-leaf",
  reinstated: "bg-leaf",
  rejected: "bg-clay",
  suspended: "bg-clay",
  changed: "bg-indigo",
}

function safeDate(value: string | null | undefined, locale: AppLocale, options?: Intl.DateTimeFormatOptions): string | null {
  if (!value) return null
  try {
    return formatDate(value, locale, options)
  } catch {
    return null
  }
}

/** One registration: status badge, the reason when rejected/suspended, the timeline (Buddhist-era dates in Thai) and the documents. */
export function RegistrationCard({
  registration,
  locale,
  highlight = false,
}: {
  registration: RegistrationSummary
  locale: AppLocale
  highlight?: boolean
}) {
  const t = useTranslations("Registration.list")
  const tStatus = useTranslations("Producer.status")
  const tKinds = useTranslations("Registration.documents.kinds")
  const status: KnownStatus | "unknown" = (STATUSES as readonly string[]).includes(registration.status)
    ? (registration.status as KnownStatus)
    : "unknown"
  const nameTh = registration.name_th || registration.name_en || registration.handle
  const nameEn = registration.name_en || registration.name_th || registration.handle
  const title = locale === "th" ? nameTh : nameEn
  const subtitle = locale === "th" ? nameEn : nameTh
  const province = provinceName(registration.province_code, locale)
  const submitted = safeDate(registration.submitted_at, locale)
  const events = sortedEvents(registration.status_events)
  const documents = registration.documents ?? []
  const titleId = `registration-${registration.id}`

  return (
    <article
      aria-labelledby={titleId}
      data-testid="registration"
      data-handle={registration.handle}
      data-status={registration.status}
      className={`rounded-2xl border bg-white p-5 shadow-sm ${highlight ? "border-gold ring-2 ring-gold/30" : "border-line"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-lg font-bold text-indigo" lang={locale === "th" ? "th" : "en"}>
            {title}
          </h2>
          {subtitle !== title && (
            <p className="text-sm text-ink-soft" lang={locale === "th" ? "en" : "th"}>
              {subtitle}
            </p>
          )}
        </div>
        <StatusBadge status={status} label={tStatus(status)} />
      </div>

      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-soft">
        <li className="font-mono text-xs leading-5">{t("handle", { handle: registration.handle })}</li>
        {province && <li>{t("province", { province })}</li>}
        {submitted && <li>{t("submittedAt", { date: submitted })}</li>}
      </ul>

      {registration.status_reason && (status === "rejected" || status === "suspended") && (
        <p className="mt-3 rounded-xl border border-clay/25 bg-clay-soft px-4 py-3 text-sm font-medium text-clay" data-testid="status-reason">
          {t(status === "rejected" ? "reasonRejected" : "reasonSuspended", { reason: registration.status_reason })}
        </p>
      )}
      {status !== "unknown" && <p className="mt-3 text-sm text-ink-soft">{t(`next.${status}`)}</p>}

      {events.length > 0 && (
        <section className="mt-4 border-t border-line pt-4" aria-label={t("timeline")}>
          <h3 className="text-sm font-semibold text-ink">{t("timeline")}</h3>
          <ol className="mt-2 space-y-3" data-testid="timeline">
            {events.map((event) => {
              const step = timelineStep(event)
              const by = event.actor_type === "producer" || event.actor_type === "cdd_staff" ? event.actor_type : "other"
              const when = safeDate(event.created_at, locale, { dateStyle: "medium", timeStyle: "short" })
              return (
                <li key={event.id} className="relative flex gap-3" data-step={step}>
                  <span aria-hidden="true" className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${DOT[step]}`} />
                  <div className="min-w-0">
                    <p className="text-sm font-semibold text-ink">
                      {t(`events.${step}`)}
                      <span className="font-normal text-ink-soft"> · {t(`by.${by}`)}</span>
                    </p>
                    {when && (
                      <p className="text-xs text-ink-soft">
                        <time dateTime={event.created_at}>{when}</time>
                      </p>
                    )}
                    {event.reason && <p className="mt-0.5 text-sm text-ink">{t("eventReason", { reason: event.reason })}</p>}
                  </div>
                </li>
              )
            })}
          </ol>
        </section>
      )}

      <section className="mt-4 border-t border-line pt-4" aria-label={t("documents")}>
        <h3 className="text-sm font-semibold text-ink">{t("documents")}</h3>
        {documents.length ? (
          <ul className="mt-2 space-y-1.5" data-testid="documents">
            {documents.map((document) => (
              <li key={document.id} className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-medium text-ink">{isDocumentKind(document.kind) ? tKinds(document.kind) : document.kind}</span>
                <span className="min-w-0 truncate text-ink-soft">{document.filename}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-ink-soft">{t("noDocuments")}</p>
        )}
      </section>
    </article>
  )
}
