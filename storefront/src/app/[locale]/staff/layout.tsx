import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/page-locale"

type StaffLayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: StaffLayoutProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Staff" })
  return { title: { default: t("deskName"), template: `%s | ${t("deskName")}` }, robots: { index: false, follow: false } }
}

/** The CDD staff desk: its client components get the Staff messages. */
export default async function StaffLayout({ children, params }: StaffLayoutProps) {
  await resolveLocale(params)
  const messages = await getMessages()
  return <NextIntlClientProvider messages={{ Staff: messages.Staff, Errors: messages.Errors }}>{children}</NextIntlClientProvider>
}
