import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { AuthCard } from "@/components/account/AccountShell"
import { RegisterForm } from "@/components/account/RegisterForm"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { registerCustomer } from "@/lib/customer/actions"
import { safeReturnPath } from "@/lib/customer/return-to"
import { getCustomerSession } from "@/lib/customer/session"

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.register" })
  return { title: t("title") }
}

export default async function CustomerRegisterPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const next = safeReturnPath((await searchParams).next)
  // Already signed in: straight on (a backend that cannot tell leaves the form shown).
  if (await getCustomerSession().catch(() => null)) redirect({ href: next, locale })
  const t = await getTranslations("Account")
  return (
    <AuthCard eyebrow={t("title")} title={t("register.title")} intro={t("register.intro")}>
      <RegisterForm action={registerCustomer} locale={locale} next={next} />
      <p className="mt-6 border-t border-line pt-4 text-center text-sm text-ink-soft">
        {t("register.haveAccount")}{" "}
        <Link
          href={next === "/account" ? "/account/login" : { pathname: "/account/login", query: { next } }}
          className="inline-flex min-h-11 items-center font-semibold text-indigo underline-offset-2 hover:underline"
        >
          {t("register.signIn")}
        </Link>
      </p>
    </AuthCard>
  )
}
