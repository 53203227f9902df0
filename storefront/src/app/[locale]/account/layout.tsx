import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/page-locale"

type AccountLayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: AccountLayoutProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account" })
  // Personal pages: never in search results.
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, robots: { index: false, follow: false } }
}

/** Customer accounts: client components get the Account messages and the address pickers' labels. */
export default async function AccountLayout({ children, params }: AccountLayoutProps) {
  await resolveLocale(params)
  const messages = await getMessages()
  const registration = messages.Registration
  return (
    <NextIntlClientProvider
      messages={{ Account: messages.Account, Errors: messages.Errors, Registration: { form: registration.form } }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
