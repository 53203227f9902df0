import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { RegistrationForm } from "@/components/producer/registration/RegistrationForm"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { submitRegistration } from "@/lib/producer/registration-actions"
import { listProvinces } from "@/lib/producer/registration-data"
import { requireProducer } from "@/lib/producer/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Registration.form" })
  return { title: t("title") }
}

/** The online OTOP registration of a producer group (a producer may file more than one). */
export default async function ProducerRegisterPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const [session, provinces, t, messages] = await Promise.all([
    requireProducer(locale),
    listProvinces(),
    getTranslations("Registration.form"),
    getMessages(),
  ])
  const producer = session.me.producer as typeof session.me.producer & { phone?: string | null }
  return (
    <div className="space-y-5">
      <div>
        <Link href="/producer" className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="mt-2 text-ink-soft">{t("intro")}</p>
      </div>
      <NextIntlClientProvider messages={{ Registration: messages.Registration, Errors: messages.Errors }}>
        <RegistrationForm
          action={submitRegistration}
          locale={locale}
          provinces={provinces}
          defaults={{ email: producer.email, phone: producer.phone ?? null }}
        />
      </NextIntlClientProvider>
    </div>
  )
}
