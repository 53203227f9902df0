import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { GroupFilters, GroupList, ListPager, StatusTabs } from "@/components/staff/GroupList"
import { resolveLocale } from "@/i18n/page-locale"
import { PROVINCE_CODES } from "@/lib/provinces"
import { listStaffGroups, statusCounts } from "@/lib/staff/data"
import { requireStaff, withStaff } from "@/lib/staff/session"
import type { StaffGroupList } from "@/lib/staff/types"
import { LIST_PAGE_SIZE, parseListParams, provinceChoices } from "@/lib/staff/validation"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Staff.list" })
  return { title: t("title") }
}

export default async function StaffRegistrationsPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireStaff(locale)
  const t = await getTranslations("Staff.list")
  const provinces = provinceChoices(session.staff, PROVINCE_CODES)
  const list = parseListParams(await searchParams, provinces.length ? provinces : (session.staff.province_codes ?? []))
  const filters = { q: list.q, province: list.province }

  let groups: StaffGroupList | null = null
  let counts: Awaited<ReturnType<typeof statusCounts>> = { pending: null, approved: null, rejected: null, suspended: null }
  try {
    ;[groups, counts] = await Promise.all([
      withStaff(session, locale, (token) =>
        listStaffGroups(token, { ...filters, status: list.status, limit: LIST_PAGE_SIZE, offset: (list.page - 1) * LIST_PAGE_SIZE }),
      ),
      withStaff(session, locale, (token) => statusCounts(token, filters)),
    ])
  } catch (error) {
    unstable_rethrow(error) // 401 → login
    console.error("[storefront] staff list:", error instanceof Error ? error.message : error)
  }
  const pages = groups ? Math.max(1, Math.ceil(groups.count / LIST_PAGE_SIZE)) : 1
  const filtered = Boolean(list.q || list.province)

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
      <StatusTabs params={list} counts={groups ? { ...counts, [list.status]: groups.count } : counts} />
      <GroupFilters params={list} locale={locale} provinces={provinces} />
      {groups ? (
        <>
          {filtered && (
            <p className="text-sm text-ink-soft" role="status">
              {t("results", { count: groups.count })}
            </p>
          )}
          <GroupList groups={groups.producer_groups} locale={locale} filtered={filtered} />
          <ListPager params={list} pages={pages} />
        </>
      ) : (
        <p role="alert" className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          {t("unavailable")}
        </p>
      )}
    </div>
  )
}
