import { useTranslations } from "next-intl"
import { inputClass, primaryButtonClass } from "@/components/producer/fields"
import { safeDate } from "@/components/staff/format"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import { localized, queueQuery, type QueueParams } from "@/lib/staff/trust"
import {
  CERTIFICATION_STATUSES,
  type CertificationSchemeOption,
  type CertificationStatus,
  type StaffCertification,
} from "@/lib/staff/trust-types"
import { CertificationStatusBadge } from "./CertificationStatusBadge"

// `relative`: the count's sr-only text is absolutely positioned; without a positioned ancestor inside
// the scrolling tab row it escapes the row's clipping and widens the whole page on phones.
const tabLink = "relative flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap rounded-full px-4 text-sm font-semibold transition"

/** Status tabs, pending first, each with its count under the current filters. */
export function QueueTabs({ params, counts }: { params: QueueParams; counts: Record<CertificationStatus, number | null> }) {
  const t = useTranslations("StaffTrust")
  return (
    <nav aria-label={t("queue.tabsLabel")} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-2">
        {CERTIFICATION_STATUSES.map((status) => {
          const active = status === params.status
          const count = counts[status]
          return (
            <li key={status}>
              <Link
                href={{ pathname: "/staff/certifications", query: queueQuery({ ...params, status, page: 1 }) }}
                aria-current={active ? "page" : undefined}
                data-testid={`cert-tab-${status}`}
                className={`${tabLink} ${active ? "bg-indigo text-white" : "border border-line bg-white text-indigo hover:border-indigo"}`}
              >
                {t(`certStatus.${status}`)}
                {count !== null && (
                  <span className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${active ? "bg-white/20 text-white" : "bg-indigo-soft text-indigo"}`}>
                    <span aria-hidden="true" data-testid={`cert-tab-count-${status}`}>
                      {count}
                    </span>
                    <span className="sr-only">{t("queue.tabCount", { count })}</span>
                  </span>
                )}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

type QueueFiltersProps = {
  params: QueueParams
  locale: AppLocale
  provinces: string[]
  schemes: CertificationSchemeOption[]
}

/** Search, scheme and (for officers with several provinces) province; a plain GET form. */
export function QueueFilters({ params, locale, provinces, schemes }: QueueFiltersProps) {
  const t = useTranslations("StaffTrust.queue")
  const provinceOptions = provinces
    .map((code) => ({ code, name: provinceName(code, locale) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const schemeOptions = schemes
    .map((scheme) => ({ code: scheme.code, name: localized(scheme.label, locale) || scheme.code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const filtered = Boolean(params.q || params.province || params.scheme)
  return (
    <form
      method="get"
      action={`/${locale}/staff/certifications`}
      role="search"
      aria-label={t("filtersLabel")}
      className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm"
    >
      {params.status !== "pending" && <input type="hidden" name="status" value={params.status} />}
      <div>
        <label htmlFor="cert-q" className="block text-sm font-semibold text-ink">
          {t("search")}
        </label>
        <input id="cert-q" name="q" type="search" defaultValue={params.q} maxLength={100} aria-describedby="cert-q-hint" className={inputClass} />
        <p id="cert-q-hint" className="mt-1 text-xs text-ink-soft">
          {t("searchHint")}
        </p>
      </div>
      {/* grid-cols-1 (minmax(0, 1fr)): a select is as wide as its longest option otherwise, wider than a phone. */}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {schemeOptions.length > 0 && (
          <div className="min-w-0">
            <label htmlFor="cert-scheme" className="block text-sm font-semibold text-ink">
              {t("scheme")}
            </label>
            <select id="cert-scheme" name="scheme" defaultValue={params.scheme} className={inputClass}>
              <option value="">{t("allSchemes")}</option>
              {schemeOptions.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {provinceOptions.length > 0 && (
          <div className="min-w-0">
            <label htmlFor="cert-province" className="block text-sm font-semibold text-ink">
              {t("province")}
            </label>
            <select id="cert-province" name="province" defaultValue={params.province} className={inputClass}>
              <option value="">{t("allProvinces")}</option>
              {provinceOptions.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButtonClass}>
          {t("apply")}
        </button>
        {filtered && (
          <Link
            href={{ pathname: "/staff/certifications", query: queueQuery({ status: params.status }) }}
            className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-indigo underline-offset-4 hover:underline"
          >
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  )
}

/** The certifications of one tab: scheme, number, product (or the whole group), group and province, dates. */
export function QueueList({ certifications, locale, filtered }: { certifications: StaffCertification[]; locale: AppLocale; filtered: boolean }) {
  const t = useTranslations("StaffTrust")
  if (certifications.length === 0) {
    return (
      <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-center text-ink-soft" data-testid="cert-empty">
        {filtered ? t("queue.emptyFiltered") : t("queue.empty")}
      </p>
    )
  }
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
      {certifications.map((certification) => {
        const scheme = localized(certification.scheme_label, locale) || certification.scheme
        const number = certification.number_display || certification.number
        const group = certification.producer_group
        const groupName = (locale === "en" ? group?.name_en || group?.name_th : group?.name_th || group?.name_en) || group?.handle || ""
        const submitted = safeDate(certification.created_at, locale, { dateStyle: "medium" })
        const expires = safeDate(certification.expires_at, locale, { dateStyle: "medium" })
        return (
          <li key={certification.id} data-testid="cert-row" data-id={certification.id} data-status={certification.status}>
            <Link
              href={`/staff/certifications/${certification.id}`}
              className="block px-4 py-3.5 transition hover:bg-indigo-soft/40 focus-visible:bg-indigo-soft/40"
            >
              <span className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold text-indigo">{scheme}</span>
                <CertificationStatusBadge status={certification.status} />
              </span>
              {number && <span className="mt-0.5 block font-mono text-sm text-ink tabular-nums">{number}</span>}
              <span className="mt-1 block text-sm text-ink" lang="th">
                {certification.product ? certification.product.title : t("queue.groupWide")}
              </span>
              <span className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-ink-soft">
                {groupName && <span>{groupName}</span>}
                <span>{provinceName(certification.province_code, locale) ?? certification.province_code}</span>
              </span>
              <span className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-ink-soft">
                {submitted && <span>{t("queue.submitted", { date: submitted })}</span>}
                {expires && <span>{t("queue.expires", { date: expires })}</span>}
                {!certification.document_file_id && <span className="font-semibold text-clay">{t("queue.noDocument")}</span>}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}

/** Previous / next links keeping the tab and filters. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => { pathname: string; query: Record<string, string> } }) {
  const t = useTranslations("StaffTrust.pager")
  if (pages <= 1) return null
  const linkClass =
    "inline-flex min-h-11 items-center rounded-full border border-line bg-white px-4 text-sm font-semibold text-indigo transition hover:border-indigo"
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-soft">{t("status", { page, pages })}</p>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
