import { useTranslations } from "next-intl"
import { inputClass, primaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import { GROUP_STATUSES, PRODUCER_TYPES, type GroupStatus, type StaffGroupSummary } from "@/lib/staff/types"
import { listQuery, type ListParams } from "@/lib/staff/validation"
import { safeDate } from "./format"

// relative: keeps the counts' sr-only text inside the scrolling tab row (absolutely positioned, it widened phone pages).
const tabLink = "relative flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap rounded-full px-4 text-sm font-semibold transition"

/** Status tabs, pending first, each with its count when the backend gave one. */
export function StatusTabs({ params, counts }: { params: ListParams; counts: Record<GroupStatus, number | null> }) {
  const t = useTranslations("Staff")
  return (
    <nav aria-label={t("list.tabsLabel")} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-2">
        {GROUP_STATUSES.map((status) => {
          const active = status === params.status
          const count = counts[status]
          return (
            <li key={status}>
              <Link
                href={{ pathname: "/staff", query: listQuery({ status, q: params.q, province: params.province }) }}
                aria-current={active ? "page" : undefined}
                data-testid={`tab-${status}`}
                className={`${tabLink} ${active ? "bg-indigo text-white" : "border border-line bg-white text-indigo hover:border-indigo"}`}
              >
                {t(`status.${status}`)}
                {count !== null && (
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${active ? "bg-white/20 text-white" : "bg-indigo-soft text-indigo"}`}
                  >
                    <span aria-hidden="true">{count}</span>
                    <span className="sr-only">{t("list.tabCount", { count })}</span>
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

type GroupFiltersProps = {
  params: ListParams
  locale: AppLocale
  /** Province codes the officer may choose from; none → no province filter. */
  provinces: string[]
}

/** Search by name and (for officers with several provinces) province; a plain GET form. */
export function GroupFilters({ params, locale, provinces }: GroupFiltersProps) {
  const t = useTranslations("Staff.list")
  const options = provinces
    .map((code) => ({ code, name: provinceName(code, locale) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const filtered = Boolean(params.q || params.province)
  return (
    <form method="get" action={`/${locale}/staff`} role="search" aria-label={t("filtersLabel")} className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm">
      {params.status !== "pending" && <input type="hidden" name="status" value={params.status} />}
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <div>
          <label htmlFor="staff-q" className="block text-sm font-semibold text-ink">
            {t("search")}
          </label>
          <input
            id="staff-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={100}
            aria-describedby="staff-q-hint"
            className={inputClass}
          />
          <p id="staff-q-hint" className="mt-1 text-xs text-ink-soft">
            {t("searchHint")}
          </p>
        </div>
        {options.length > 0 && (
          <div>
            <label htmlFor="staff-province" className="block text-sm font-semibold text-ink">
              {t("province")}
            </label>
            <select id="staff-province" name="province" defaultValue={params.province} className={`${inputClass} sm:min-w-52`}>
              <option value="">{t("allProvinces")}</option>
              {options.map((option) => (
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
            href={{ pathname: "/staff", query: listQuery({ status: params.status }) }}
            className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-indigo underline-offset-4 hover:underline"
          >
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  )
}

/** The registrations of one tab: Thai name, province, producer type and submission date. */
export function GroupList({ groups, locale, filtered }: { groups: StaffGroupSummary[]; locale: AppLocale; filtered: boolean }) {
  const t = useTranslations("Staff")
  if (groups.length === 0) {
    return (
      <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-center text-ink-soft" data-testid="staff-empty">
        {filtered ? t("list.emptyFiltered") : t("list.empty")}
      </p>
    )
  }
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
      {groups.map((group) => {
        const nameTh = group.name_th || group.name_en || group.handle
        const submitted = safeDate(group.submitted_at, locale, { dateStyle: "medium" })
        const type = (PRODUCER_TYPES as readonly string[]).includes(group.producer_type) ? group.producer_type : "unknown"
        return (
          <li key={group.id} data-testid="staff-group" data-handle={group.handle} data-province={group.province_code}>
            <Link
              href={`/staff/producer-groups/${group.id}`}
              className="block px-4 py-3.5 transition hover:bg-indigo-soft/40 focus-visible:bg-indigo-soft/40"
            >
              <span className="block font-semibold text-indigo" lang="th">
                {nameTh}
              </span>
              {locale === "en" && group.name_en && group.name_en !== nameTh && (
                <span className="block text-sm text-ink-soft">{group.name_en}</span>
              )}
              <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-ink-soft">
                <span data-testid="staff-group-province">{provinceName(group.province_code, locale) ?? group.province_code}</span>
                <span>{t(`producerType.${type as "SME"}`)}</span>
              </span>
              <span className="mt-0.5 block text-xs text-ink-soft">
                {submitted ? t("list.submitted", { date: submitted }) : t("list.notSubmitted")}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}

/** Previous / next links keeping the tab and filters. */
export function ListPager({ params, pages }: { params: ListParams; pages: number }) {
  const t = useTranslations("Staff.list")
  if (pages <= 1) return null
  const linkClass =
    "inline-flex min-h-11 items-center rounded-full border border-line bg-white px-4 text-sm font-semibold text-indigo transition hover:border-indigo"
  const href = (page: number) => ({ pathname: "/staff", query: listQuery({ ...params, page }) })
  return (
    <nav aria-label={t("pagerLabel")} className="flex items-center justify-between gap-3">
      {params.page > 1 ? (
        <Link href={href(params.page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-soft">{t("pageStatus", { page: params.page, pages })}</p>
      {params.page < pages ? (
        <Link href={href(params.page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
