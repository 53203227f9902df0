import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { AuthCard, Notice } from "@/components/account/AccountShell"
import { SignInForm } from "@/components/auth/SignInForm"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { customerSignIn } from "@/lib/customer/actions"
import { safeReturnPath } from "@/lib/customer/return-to"
import { getCustomerSession } from "@/lib/customer/session"

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; signedOut?: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.signIn" })
  return { title: t("title") }
}

export default async function CustomerLoginPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  // Rendered per request: a prerendered copy would carry server-action ids of one build only.
  await connection()
  const { next: rawNext, signedOut } = await searchParams
  const next = safeReturnPath(rawNext)
  // Already signed in: straight on (a backend that cannot tell leaves the form shown).
  if (await getCustomerSession().catch(() => null)) redirect({ href: next, locale })
  const t = await getTranslations("Account")
  const linkClass = "inline-flex min-h-11 items-center font-semibold text-indigo underline-offset-2 hover:underline"
  return (
    <AuthCard eyebrow={t("title")} title={t("signIn.title")} intro={t("signIn.intro")}>
      {signedOut === "1" && <Notice>{t("signIn.signedOut")}</Notice>}
      <SignInForm action={customerSignIn} locale={locale} namespace="Account.signIn" idPrefix="customer-" hidden={{ next }} />
      <p className="mt-6 border-t border-line pt-4 text-center text-sm text-ink-soft">
        {t("signIn.noAccount")}{" "}
        <Link href={next === "/account" ? "/account/register" : { pathname: "/account/register", query: { next } }} className={linkClass}>
          {t("signIn.register")}
        </Link>
      </p>
      <p className="text-center text-sm">
        <Link href="/producer/login" className={`${linkClass} font-normal text-ink-soft`}>
          {t("signIn.producers")}
        </Link>
      </p>
    </AuthCard>
  )
}
