import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { LogoMark } from "@/components/Logo"
import { SignupForm } from "@/components/producer/registration/SignupForm"
import { resolveLocale } from "@/i18n/page-locale"
import { signUp } from "@/lib/producer/registration-actions"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Registration.signup" })
  return { title: t("title") }
}

/** A new producer's account: step one before the group registration. */
export default async function ProducerSignupPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  // Rendered per request: a prerendered copy would carry server-action ids of one build only.
  await connection()
  const [t, tProducer, messages] = await Promise.all([getTranslations("Registration.signup"), getTranslations("Producer"), getMessages()])
  return (
    <div className="silk-pattern min-h-full px-4 py-10 sm:py-16">
      <div className="mx-auto max-w-md rounded-2xl border border-line bg-paper p-6 shadow-sm sm:p-8">
        <div className="mb-6 flex items-center gap-3">
          <LogoMark className="h-11 w-11 shrink-0" />
          <div>
            <p className="text-sm font-semibold text-gold-deep">{tProducer("portalName")}</p>
            <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
          </div>
        </div>
        <p className="mb-6 text-ink-soft">{t("intro")}</p>
        <NextIntlClientProvider messages={{ Registration: messages.Registration, Errors: messages.Errors }}>
          <SignupForm action={signUp} locale={locale} />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
