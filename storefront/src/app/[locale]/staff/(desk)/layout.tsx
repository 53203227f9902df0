import { StaffBar } from "@/components/staff/StaffBar"
import { DeskNav } from "@/components/staff/trust/DeskNav"
import { TrustMessages } from "@/components/staff/trust/TrustMessages"
import { resolveLocale } from "@/i18n/page-locale"
import { staffSignOut } from "@/lib/staff/actions"
import { requireStaff } from "@/lib/staff/session"

type DeskLayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

/** Signed-in part of the staff desk: no valid officer token → the staff login page. */
export default async function DeskLayout({ children, params }: DeskLayoutProps) {
  const locale = await resolveLocale(params)
  const session = await requireStaff(locale)
  return (
    <TrustMessages>
      <StaffBar staff={session.staff} locale={locale} signOut={staffSignOut} />
      <DeskNav />
      <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">{children}</div>
    </TrustMessages>
  )
}
