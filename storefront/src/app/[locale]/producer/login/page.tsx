import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { SignInForm } from "@/components/auth/SignInForm"
import { LogoMark } from "@/components/Logo"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { signIn } from "@/lib/producer/actions"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer.login" })
  return { title: t("title") }
}

export default async function ProducerLoginPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  // Rendered per request: a prerendered copy would carry server-action ids of one build only.
  await connection()
  const t = await getTranslations("Producer")
  const tSignup = await getTranslations("Registration.loginLink")
  return (
    <div className="silk-pattern min-h-full px-4 py-10 sm:py-16">
      <div className="mx-auto max-w-md rounded-2xl border border-line bg-paper p-6 shadow-sm sm:p-8">
        <div className="mb-6 flex items-center gap-3">
          <LogoMark className="h-11 w-11 shrink-0" />
          <div>
            <p className="text-sm font-semibold text-gold-deep">{t("portalName")}</p>
            <h1 className="text-2xl font-bold text-ink">{t("login.title")}</h1>
          </div>
        </div>
        <p className="mb-6 text-ink-soft">{t("login.intro")}</p>
        <SignInForm action={signIn} locale={locale} namespace="Producer.login" />
        <p className="mt-6 border-t border-line pt-4 text-center text-sm text-ink-soft">
          {tSignup("noAccount")}{" "}
          <Link href="/producer/signup" className="inline-flex min-h-11 items-center font-semibold text-indigo underline-offset-2 hover:underline">
            {tSignup("signUp")}
          </Link>
        </p>
      </div>
    </div>
  )
}
