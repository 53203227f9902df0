import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { InviteForm } from "@/components/producer/manage/InviteForm"
import { InviteList } from "@/components/producer/manage/InviteList"
import { MemberList } from "@/components/producer/manage/MemberList"
import { ManageMessages } from "@/components/producer/manage/ManageMessages"
import { OwnersOnly, PageNotice } from "@/components/producer/manage/OwnersOnly"
import { resolveLocale } from "@/i18n/page-locale"
import { ProducerApiError } from "@/lib/producer/api"
import type { TeamAnswer } from "@/lib/producer/manage"
import { changeMemberRole, inviteMember, removeMember, revokeInvite } from "@/lib/producer/manage-actions"
import { getTeam } from "@/lib/producer/manage-data"
import { requireProducer, withSession } from "@/lib/producer/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Manage.team" })
  return { title: t("title") }
}

/** Owners only: members and their roles, invites by email. */
export default async function ProducerTeamPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Manage")
  if (!session.group) return <PageNotice title={t("team.title")}>{t("noGroup")}</PageNotice>
  if (session.group.role !== "owner") return <OwnersOnly />

  let team: TeamAnswer
  try {
    team = await withSession(session, locale, (auth) => getTeam(auth))
  } catch (error) {
    unstable_rethrow(error)
    if (error instanceof ProducerApiError && error.status === 403) return <OwnersOnly />
    console.error("[storefront] producer team:", error instanceof Error ? error.message : error)
    return <PageNotice title={t("team.title")}>{t("loadFailed")}</PageNotice>
  }

  return (
    <ManageMessages>
      <div className="space-y-8">
        <div>
          <h1 className="text-2xl font-bold text-ink">{t("team.title")}</h1>
          <p className="text-sm text-ink-soft">{t("team.intro")}</p>
        </div>

        <section aria-labelledby="members-title" className="space-y-3">
          <div className="flex items-baseline justify-between gap-3">
            <h2 id="members-title" className="text-lg font-bold text-ink">
              {t("team.members")}
            </h2>
            <span className="text-sm text-ink-soft">{t("team.membersCount", { count: team.members.length })}</span>
          </div>
          <MemberList
            members={team.members}
            currentProducerId={session.me.producer.id}
            locale={locale}
            changeRole={changeMemberRole}
            remove={removeMember}
          />
        </section>

        <section aria-labelledby="invite-title" className="space-y-3">
          <h2 id="invite-title" className="text-lg font-bold text-ink">
            {t("team.inviteTitle")}
          </h2>
          <div className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
            <InviteForm action={inviteMember} locale={locale} />
          </div>
        </section>

        <section aria-labelledby="invites-title" className="space-y-3">
          <h2 id="invites-title" className="text-lg font-bold text-ink">
            {t("team.invites")}
          </h2>
          <InviteList invites={team.invites} locale={locale} revoke={revokeInvite} />
        </section>
      </div>
    </ManageMessages>
  )
}
