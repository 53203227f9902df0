import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { SignInForm } from "@/components/auth/SignInForm"
import { LogoMark } from "@/components/Logo"
import { resolveLocale } from "@/i18n/page-locale"
import { redirect } from "@/i18n/navigation"
import { producerFetch } from "@/lib/producer/api"
import { staffSignIn } from "@/lib/staff/actions"
import { staffToken } from "@/lib/staff/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Staff.login" })
  return { title: t("title") }
}

export default async function StaffLoginPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  // Rendered per request: a prerendered copy would carry server-action ids of one build only.
  await connection()
  // Already signed in: straight to the registrations.
  const token = await staffToken()
  if (token && (await producerFetch("/staff/me", { token }).then(() => true, () => false))) {
    redirect({ href: "/staff", locale })
  }
  const t = await getTranslations("Staff")
  return (
    <div className="silk-pattern min-h-full px-4 py-10 sm:py-16">
      <div className="mx-auto max-w-md rounded-2xl border border-line bg-paper p-6 shadow-sm sm:p-8">
        <div className="mb-6 flex items-center gap-3">
          <LogoMark className="h-11 w-11 shrink-0" />
          <div>
            <p className="text-sm font-semibold text-gold-deep">{t("deskName")}</p>
            <h1 className="text-2xl font-bold text-ink">{t("login.title")}</h1>
          </div>
        </div>
        <p className="mb-6 text-ink-soft">{t("login.intro")}</p>
        <SignInForm action={staffSignIn} locale={locale} namespace="Staff.login" idPrefix="staff-" />
      </div>
    </div>
  )
}
