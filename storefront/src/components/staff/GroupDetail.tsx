import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { StatusBadge } from "@/components/producer/StatusBadge"
import type { AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import { documentHref } from "@/lib/staff/document"
import { DOCUMENT_KINDS, PRODUCER_TYPES, type StaffGroupDetail, type StaffStatusEvent, type SubdistrictLocation } from "@/lib/staff/types"
import { isGroupStatus } from "@/lib/staff/validation"
import { fileSize, safeDate } from "./format"

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
      <h2 id={id} className="mb-3 scroll-mt-28 text-lg font-bold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

type Row = { key: string; label: string; value: ReactNode | null | undefined }

/** Label / value pairs; empty values read "not given". */
export function DetailRows({ rows }: { rows: Row[] }) {
  const t = useTranslations("Staff.detail")
  return (
    <dl className="divide-y divide-line">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-0.5 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[12rem_1fr] sm:gap-3" data-testid={`field-${row.key}`}>
          <dt className="text-sm font-semibold text-ink-soft">{row.label}</dt>
          <dd className="break-words text-ink">{row.value ?? <span className="text-ink-soft">{t("notGiven")}</span>}</dd>
        </div>
      ))}
    </dl>
  )
}

const blank = (value: string | number | null | undefined) => (value === null || value === undefined || value === "" ? null : value)

/** Names, type, OTOP number and year, dates and whether payout details exist. */
export function RegistrationRows({ group, locale }: { group: StaffGroupDetail; locale: AppLocale }) {
  const t = useTranslations("Staff")
  const type = (PRODUCER_TYPES as readonly string[]).includes(group.producer_type) ? group.producer_type : "unknown"
  const year = group.registration_year_be
  return (
    <DetailRows
      rows={[
        { key: "name_th", label: t("detail.fields.nameTh"), value: group.name_th ? <span lang="th">{group.name_th}</span> : null },
        { key: "name_en", label: t("detail.fields.nameEn"), value: group.name_en ? <span lang="en">{group.name_en}</span> : null },
        { key: "producer_type", label: t("detail.fields.producerType"), value: t(`producerType.${type as "SME"}`) },
        { key: "otop_registration_no", label: t("detail.fields.otopNumber"), value: blank(group.otop_registration_no) },
        {
          key: "registration_year_be",
          label: t("detail.fields.registrationYear"),
          value: year ? t("detail.fields.registrationYearValue", { year: String(year) }) : null,
        },
        { key: "community_enterprise_no", label: t("detail.fields.enterpriseNumber"), value: blank(group.community_enterprise_no) },
        {
          key: "submitted_at",
          label: t("detail.fields.submittedAt"),
          value: safeDate(group.submitted_at, locale, { dateStyle: "long", timeStyle: "short" }),
        },
        {
          key: "payout",
          label: t("detail.fields.payout"),
          value: group.has_payout_details ? t("detail.fields.payoutSet") : t("detail.fields.payoutMissing"),
        },
      ]}
    />
  )
}

/** Village and moo, address line, then subdistrict, district and province by name (codes when the lookup failed). */
export function AddressRows({
  group,
  location,
  locale,
}: {
  group: StaffGroupDetail
  location: SubdistrictLocation | null
  locale: AppLocale
}) {
  const t = useTranslations("Staff.detail.fields")
  const name = (unit: { name_th: string; name_en: string } | undefined) =>
    unit ? (locale === "th" ? unit.name_th : unit.name_en || unit.name_th) : null
  const village = (locale === "en" ? group.village_en || group.village_th : group.village_th || group.village_en) || null
  const villageLine = [village, group.moo ? t("moo", { moo: String(group.moo) }) : null].filter(Boolean).join(" ")
  return (
    <DetailRows
      rows={[
        { key: "village", label: t("village"), value: villageLine || null },
        { key: "address_line", label: t("addressLine"), value: blank(group.address_line) },
        { key: "subdistrict", label: t("subdistrict"), value: name(location ?? undefined) ?? group.subdistrict_code },
        { key: "district", label: t("district"), value: name(location?.district) ?? group.district_code },
        {
          key: "province",
          label: t("province"),
          value: name(location?.province) ?? provinceName(group.province_code, locale) ?? group.province_code,
        },
        { key: "postcode", label: t("postcode"), value: location?.postcode ?? null },
      ]}
    />
  )
}

/** The group's phone, LINE and email, and the accounts that own it. */
export function ContactRows({ group }: { group: StaffGroupDetail }) {
  const t = useTranslations("Staff.detail.fields")
  const owners = (group.memberships ?? []).filter((m) => m.role === "owner" && m.producer)
  return (
    <DetailRows
      rows={[
        { key: "phone", label: t("phone"), value: group.phone ? <a className="text-indigo underline" href={`tel:${group.phone}`}>{group.phone}</a> : null },
        { key: "line_id", label: t("line"), value: blank(group.line_id) },
        { key: "email", label: t("email"), value: group.email ? <a className="text-indigo underline" href={`mailto:${group.email}`}>{group.email}</a> : null },
        {
          key: "owners",
          label: t("owners"),
          value: owners.length ? (
            <ul className="space-y-0.5">
              {owners.map((m) => (
                <li key={m.producer!.id}>
                  {[m.producer!.first_name, m.producer!.last_name].filter(Boolean).join(" ")}{" "}
                  <span className="text-ink-soft">{m.producer!.email}</span>
                </li>
              ))}
            </ul>
          ) : null,
        },
      ]}
    />
  )
}

/** The registration's documents; each opens in a new tab through the storefront (the token stays on the server). */
export function DocumentList({ group, locale }: { group: StaffGroupDetail; locale: AppLocale }) {
  const t = useTranslations("Staff.documents")
  const documents = group.documents ?? []
  if (!documents.length) return <p className="text-ink-soft">{t("empty")}</p>
  return (
    <ul className="space-y-2">
      {documents.map((document) => {
        const kind = (DOCUMENT_KINDS as readonly string[]).includes(document.kind) ? document.kind : "other"
        const size = fileSize(document.size)
        return (
          <li key={document.id} data-testid="staff-document" data-kind={document.kind}>
            <a
              href={documentHref(group.id, document.id, locale)}
              target="_blank"
              rel="noopener noreferrer"
              className="flex min-h-11 items-center justify-between gap-3 rounded-xl border border-line px-3.5 py-2.5 transition hover:border-indigo hover:bg-indigo-soft/40"
            >
              <span className="min-w-0">
                <span className="block font-semibold text-indigo">{t(`kinds.${kind as "other"}`)}</span>
                <span className="block truncate text-sm text-ink-soft">
                  {document.filename} · {t(size.unit, { size: size.size })}
                </span>
              </span>
              <span className="shrink-0 text-sm font-semibold text-indigo">
                {t("open")} <span className="sr-only">{t("opensInNewTab")}</span>
                <span aria-hidden="true">↗</span>
              </span>
            </a>
          </li>
        )
      })}
    </ul>
  )
}

function actorKey(event: StaffStatusEvent, staffId: string): "producer" | "cdd_staff" | "you" | "admin" | "system" {
  if (event.actor_type === "cdd_staff") return event.actor_id === staffId ? "you" : "cdd_staff"
  if (event.actor_type === "producer") return "producer"
  if (event.actor_type === "user") return "admin"
  return "system"
}

/** Every status change, oldest first: when, from what to what, who, and why. */
export function StatusTimeline({ events, locale, staffId }: { events: StaffStatusEvent[]; locale: AppLocale; staffId: string }) {
  const t = useTranslations("Staff")
  const sorted = [...events].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  if (!sorted.length) return <p className="text-ink-soft">{t("timeline.empty")}</p>
  const label = (status: string | null) => t(`status.${isGroupStatus(status) ? status : "unknown"}`)
  return (
    <ol className="relative space-y-4 border-l-2 border-line pl-5">
      {sorted.map((event) => (
        <li key={event.id} className="relative" data-testid="timeline-event" data-to={event.to_status}>
          <span aria-hidden="true" className="absolute -left-[1.65rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-indigo" />
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={event.to_status} label={label(event.to_status)} />
            <span className="text-sm text-ink-soft">{safeDate(event.created_at, locale, { dateStyle: "medium", timeStyle: "short" })}</span>
          </div>
          <p className="mt-1 text-sm text-ink">
            {event.from_status ? t("timeline.change", { from: label(event.from_status), to: label(event.to_status) }) : t("timeline.created")}{" "}
            <span className="text-ink-soft">{t("timeline.by", { actor: t(`timeline.actors.${actorKey(event, staffId)}`) })}</span>
          </p>
          {event.reason && <p className="mt-1 whitespace-pre-line text-sm text-clay">{t("detail.reason", { reason: event.reason })}</p>}
        </li>
      ))}
    </ol>
  )
}
