import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { ClosureForm } from "@/components/producer/manage/ClosureForm"
import { ManageMessages } from "@/components/producer/manage/ManageMessages"
import { OwnersOnly, PageNotice } from "@/components/producer/manage/OwnersOnly"
import { PayoutForm } from "@/components/producer/manage/PayoutForm"
import { ProfileForm } from "@/components/producer/manage/ProfileForm"
import { resolveLocale } from "@/i18n/page-locale"
import { ProducerApiError } from "@/lib/producer/api"
import { closureStatus, profileValuesOf, type GroupProfile } from "@/lib/producer/manage"
import { reopenGroup, saveClosure, savePayout, saveProfile } from "@/lib/producer/manage-actions"
import { getGroupProfile } from "@/lib/producer/manage-data"
import { requireProducer, withSession } from "@/lib/producer/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Manage.settings" })
  return { title: t("title") }
}

const card = "rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6"

/** Owners only: the group's profile, temporary closure and payout details. */
export default async function ProducerSettingsPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Manage")
  if (!session.group) return <PageNotice title={t("settings.title")}>{t("noGroup")}</PageNotice>
  if (session.group.role !== "owner") return <OwnersOnly />

  let group: GroupProfile
  try {
    group = await withSession(session, locale, (auth) => getGroupProfile(auth))
  } catch (error) {
    unstable_rethrow(error)
    if (error instanceof ProducerApiError && error.status === 403) return <OwnersOnly />
    console.error("[storefront] producer settings:", error instanceof Error ? error.message : error)
    return <PageNotice title={t("settings.title")}>{t("loadFailed")}</PageNotice>
  }
  if (group.role !== "owner") return <OwnersOnly />

  return (
    <ManageMessages>
      <div className="space-y-8">
        <div>
          <h1 className="text-2xl font-bold text-ink">{t("settings.title")}</h1>
          <p className="text-sm text-ink-soft">{t("settings.intro")}</p>
        </div>
        <nav aria-label={t("settings.sections")}>
          <ul className="flex flex-wrap gap-2 text-sm font-semibold">
            {(
              [
                ["closure", t("settings.closure.title")],
                ["profile", t("settings.profile.title")],
                ["payout", t("settings.payout.title")],
              ] as const
            ).map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="inline-flex min-h-11 items-center rounded-full border border-line bg-white px-4 text-indigo hover:bg-indigo-soft">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <section id="closure" aria-labelledby="closure-title" className="scroll-mt-4 space-y-3">
          <h2 id="closure-title" className="text-lg font-bold text-ink">
            {t("settings.closure.title")}
          </h2>
          <p className="text-sm text-ink-soft">{t("settings.closure.intro")}</p>
          <div className={card}>
            <ClosureForm save={saveClosure} reopen={reopenGroup} locale={locale} group={group} status={closureStatus(group)} />
          </div>
        </section>

        <section id="profile" aria-labelledby="profile-title" className="scroll-mt-4 space-y-3">
          <h2 id="profile-title" className="text-lg font-bold text-ink">
            {t("settings.profile.title")}
          </h2>
          <div className={card}>
            <ProfileForm action={saveProfile} locale={locale} handle={group.handle} initial={profileValuesOf(group)} />
          </div>
        </section>

        <section aria-labelledby="images-title" className="space-y-3">
          <h2 id="images-title" className="text-lg font-bold text-ink">
            {t("settings.images.title")}
          </h2>
          <div className={`${card} space-y-3`}>
            {(group.logo_url || group.cover_url) && (
              <div className="flex flex-wrap items-end gap-4">
                {group.logo_url && (
                  <figure className="space-y-1">
                    {/* eslint-disable-next-line @next/next/no-img-element -- the backend's file URL, any host */}
                    <img src={group.logo_url} alt="" className="h-20 w-20 rounded-xl border border-line object-cover" />
                    <figcaption className="text-xs text-ink-soft">{t("settings.images.logo")}</figcaption>
                  </figure>
                )}
                {group.cover_url && (
                  <figure className="space-y-1">
                    {/* eslint-disable-next-line @next/next/no-img-element -- the backend's file URL, any host */}
                    <img src={group.cover_url} alt="" className="h-20 w-40 rounded-xl border border-line object-cover" />
                    <figcaption className="text-xs text-ink-soft">{t("settings.images.cover")}</figcaption>
                  </figure>
                )}
              </div>
            )}
            <p className="text-sm text-ink-soft">{t("settings.images.unsupported")}</p>
          </div>
        </section>

        <section id="payout" aria-labelledby="payout-title" className="scroll-mt-4 space-y-3">
          <h2 id="payout-title" className="text-lg font-bold text-ink">
            {t("settings.payout.title")}
          </h2>
          <p className="text-sm text-ink-soft">{t("settings.payout.intro")}</p>
          <div className={card}>
            <PayoutForm action={savePayout} locale={locale} payout={group.payout ?? null} />
          </div>
        </section>
      </div>
    </ManageMessages>
  )
}
