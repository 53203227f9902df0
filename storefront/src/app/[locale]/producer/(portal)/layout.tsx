import { getTranslations } from "next-intl/server"
import { ProducerNav } from "@/components/producer/ProducerNav"
import { resolveLocale } from "@/i18n/page-locale"
import { signOut } from "@/lib/producer/actions"
import { requireProducer } from "@/lib/producer/session"

type PortalLayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

/** Signed-in part of the portal: no valid token → the login page. */
export default async function PortalLayout({ children, params }: PortalLayoutProps) {
  const locale = await resolveLocale(params)
  const [session, t, tTrust] = await Promise.all([requireProducer(locale), getTranslations("Producer"), getTranslations("Trust")])
  const groupName = session.group ? (locale === "th" ? session.group.name_th : session.group.name_en) || session.group.name_th : null
  return (
    <div>
      <div className="bg-indigo text-white">
        <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-3 px-4 py-2 text-sm sm:px-6">
          <span className="font-semibold text-gold-soft">{t("portalName")}</span>
          {groupName && <span className="truncate text-indigo-soft">{groupName}</span>}
        </div>
      </div>
      <ProducerNav
        signOut={signOut}
        locale={locale}
        isOwner={session.group?.role === "owner"}
        extraLabels={{ certifications: tTrust("nav") }}
      />
      <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">{children}</div>
    </div>
  )
}
