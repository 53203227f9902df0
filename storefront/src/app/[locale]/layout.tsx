import "../globals.css"
import type { Metadata, Viewport } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { Footer } from "@/components/Footer"
import { Header } from "@/components/Header"
import { resolveLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { siteUrl } from "@/lib/site"
import { notoSansThai } from "../fonts"

type LayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return {
    metadataBase: siteUrl(),
    title: { default: t("title"), template: `%s | ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    openGraph: {
      siteName: t("siteName"),
      locale: locale === "th" ? "th_TH" : "en_US",
      type: "website",
    },
    // The 1200×630 cards (opengraph-image files) shown large when a link is shared on X.
    twitter: { card: "summary_large_image" },
  }
}

export const viewport: Viewport = {
  themeColor: "#23386b",
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const locale = await resolveLocale(params)
  const messages = await getMessages()
  // Client components only need these namespaces; keep the rest out of the page payload.
  const clientMessages = { LanguageSwitch: messages.LanguageSwitch, Errors: messages.Errors }

  return (
    <html lang={locale} className={notoSansThai.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <NextIntlClientProvider messages={clientMessages}>
          <Header />
          <main id="main" className="flex-1">
            {children}
          </main>
          <Footer />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
