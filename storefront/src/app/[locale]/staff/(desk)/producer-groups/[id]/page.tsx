import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { StatusBadge } from "@/components/producer/StatusBadge"
import { DecisionForm } from "@/components/staff/DecisionForm"
import {
  AddressRows,
  ContactRows,
  DocumentList,
  RegistrationRows,
  Section,
  StatusTimeline,
} from "@/components/staff/GroupDetail"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { decideRegistration } from "@/lib/staff/actions"
import { getStaffGroup, subdistrictLocation } from "@/lib/staff/data"
import { requireStaff, withStaff } from "@/lib/staff/session"
import { actionsFor, isDecisionAction, isGroupStatus } from "@/lib/staff/validation"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Staff.list" })
  return { title: t("title") }
}

export default async function StaffGroupPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireStaff(locale)
  // Outside the officer's provinces, or unknown: the app's 404 page (the backend does not say which).
  const group = await withStaff(session, locale, (token) => getStaffGroup(token, id))
  if (!group) notFound()
  const [t, location] = await Promise.all([getTranslations("Staff"), subdistrictLocation(group.subdistrict_code)])
  const done = (await searchParams).done
  const status = isGroupStatus(group.status) ? group.status : "unknown"
  const actions = actionsFor(group.status)
  const nameTh = group.name_th || group.name_en || group.handle
  const planned = typeof group.metadata?.planned_products === "string" ? group.metadata.planned_products.trim() : ""

  return (
    <div className="space-y-5">
      <Link href="/staff" className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-indigo hover:underline">
        <span aria-hidden="true">←</span> {t("detail.back")}
      </Link>

      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-ink" lang="th" data-testid="staff-group-name">
          {nameTh}
        </h1>
        {group.name_en && group.name_en !== nameTh && (
          <p className="text-ink-soft" lang="en">
            {group.name_en}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2" data-testid="staff-group-status" data-status={group.status}>
          <StatusBadge status={group.status} label={t(`status.${status}`)} />
          <span className="text-sm text-ink-soft">{t("detail.handle", { handle: group.handle })}</span>
        </div>
        {group.status_reason && status !== "approved" && (
          <p className="whitespace-pre-line text-sm text-clay">{t("detail.reason", { reason: group.status_reason })}</p>
        )}
        {actions.length > 0 && (
          <a href="#section-decision" className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-4 hover:underline">
            {t("detail.jumpToDecision")} <span aria-hidden="true">&nbsp;↓</span>
          </a>
        )}
      </header>

      {isDecisionAction(done) && (
        <p role="status" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf" data-testid="staff-done">
          {t(`detail.done.${done}`)}
        </p>
      )}

      <Section id="section-registration" title={t("detail.sections.registration")}>
        <RegistrationRows group={group} locale={locale} />
      </Section>

      <Section id="section-address" title={t("detail.sections.address")}>
        <AddressRows group={group} location={location} locale={locale} />
      </Section>

      <Section id="section-contact" title={t("detail.sections.contact")}>
        <ContactRows group={group} />
      </Section>

      <Section id="section-story" title={t("detail.sections.story")}>
        {group.story_th || group.story_en ? (
          <div className="space-y-3">
            {group.story_th && (
              <div>
                <h3 className="text-sm font-semibold text-ink-soft">{t("detail.fields.storyTh")}</h3>
                <p className="whitespace-pre-line text-ink" lang="th">
                  {group.story_th}
                </p>
              </div>
            )}
            {group.story_en && (
              <div>
                <h3 className="text-sm font-semibold text-ink-soft">{t("detail.fields.storyEn")}</h3>
                <p className="whitespace-pre-line text-ink" lang="en">
                  {group.story_en}
                </p>
              </div>
            )}
          </div>
        ) : (
          <p className="text-ink-soft">{t("detail.noStory")}</p>
        )}
      </Section>

      <Section id="section-products" title={t("detail.sections.products")}>
        {planned ? (
          <p className="whitespace-pre-line text-ink" data-testid="staff-planned-products">
            {planned}
          </p>
        ) : (
          <p className="text-ink-soft">{t("detail.noProducts")}</p>
        )}
      </Section>

      <Section id="section-documents" title={t("detail.sections.documents")}>
        <DocumentList group={group} locale={locale} />
      </Section>

      <Section id="section-decision" title={t("detail.sections.decision")}>
        {actions.length ? (
          <div className="space-y-5">
            <p className="text-sm text-ink-soft">{t("actions.intro")}</p>
            {actions.map((action, index) => (
              <div key={action} className={index > 0 ? "border-t border-line pt-5" : undefined}>
                <DecisionForm action={action} groupId={group.id} locale={locale} decide={decideRegistration} />
              </div>
            ))}
          </div>
        ) : (
          <p className="text-ink-soft">{t(status === "rejected" ? "actions.none.rejected" : "actions.none.unknown")}</p>
        )}
      </Section>

      <Section id="section-timeline" title={t("detail.sections.timeline")}>
        <StatusTimeline events={group.status_events ?? []} locale={locale} staffId={session.staff.id} />
      </Section>
    </div>
  )
}
