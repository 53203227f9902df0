import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { Pager, QueueFilters, QueueList, QueueTabs } from "@/components/staff/trust/CertificationQueue"
import { resolveLocale } from "@/i18n/page-locale"
import { PROVINCE_CODES } from "@/lib/provinces"
import { requireStaff, withStaff } from "@/lib/staff/session"
import { isDecisionKind, parseQueueParams, queueQuery, TRUST_PAGE_SIZE } from "@/lib/staff/trust"
import { certificationCounts, certificationSchemes, listStaffCertifications } from "@/lib/staff/trust-data"
import type { CertificationStatus, StaffCertificationList } from "@/lib/staff/trust-types"
import { provinceChoices } from "@/lib/staff/validation"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "StaffTrust.queue" })
  return { title: t("title") }
}

export default async function CertificationQueuePage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireStaff(locale)
  const t = await getTranslations("StaffTrust.queue")
  const search = await searchParams
  const provinces = provinceChoices(session.staff, PROVINCE_CODES)
  const schemes = await certificationSchemes()
  const list = parseQueueParams(search, provinces, schemes.length ? schemes.map((s) => s.code) : null)
  const filters = { q: list.q, province: list.province, scheme: list.scheme }

  let certifications: StaffCertificationList | null = null
  let counts: Record<CertificationStatus, number | null> = { pending: null, draft: null, verified: null, rejected: null, expired: null }
  try {
    ;[certifications, counts] = await Promise.all([
      withStaff(session, locale, (token) =>
        listStaffCertifications(token, { ...filters, status: list.status, limit: TRUST_PAGE_SIZE, offset: (list.page - 1) * TRUST_PAGE_SIZE }),
      ),
      withStaff(session, locale, (token) => certificationCounts(token, filters)),
    ])
  } catch (error) {
    unstable_rethrow(error) // 401 → login
    console.error("[storefront] staff certification queue:", error instanceof Error ? error.message : error)
  }
  const pages = certifications ? Math.max(1, Math.ceil(certifications.count / TRUST_PAGE_SIZE)) : 1
  const filtered = Boolean(list.q || list.province || list.scheme)
  const done = search.done

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="text-sm text-ink-soft">{t("intro")}</p>
      </header>
      {isDecisionKind(done) && (
        <p role="status" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf" data-testid="cert-done">
          {t(`done.${done}`)}
        </p>
      )}
      <QueueTabs params={list} counts={certifications ? { ...counts, [list.status]: certifications.count } : counts} />
      <QueueFilters params={list} locale={locale} provinces={provinces} schemes={schemes} />
      {certifications ? (
        <>
          {filtered && (
            <p className="text-sm text-ink-soft" role="status">
              {t("results", { count: certifications.count })}
            </p>
          )}
          <QueueList certifications={certifications.certifications} locale={locale} filtered={filtered} />
          <Pager
            page={list.page}
            pages={pages}
            href={(page) => ({ pathname: "/staff/certifications", query: queueQuery({ ...list, page }) })}
          />
        </>
      ) : (
        <p role="alert" className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          {t("unavailable")}
        </p>
      )}
    </div>
  )
}
