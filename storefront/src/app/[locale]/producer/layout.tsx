import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/page-locale"

type ProducerLayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: ProducerLayoutProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer" })
  return { title: { default: t("portalName"), template: `%s | ${t("portalName")}` }, robots: { index: false, follow: false } }
}

/** The producer portal: its client components get the Producer messages. */
export default async function ProducerLayout({ children, params }: ProducerLayoutProps) {
  await resolveLocale(params)
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ Producer: messages.Producer, Errors: messages.Errors }}>
      {children}
    </NextIntlClientProvider>
  )
}
