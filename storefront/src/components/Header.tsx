import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { CartLinks } from "./cart/CartLink"
import { LanguageSwitch } from "./LanguageSwitch"
import { Wordmark } from "./Logo"
import { SearchBox } from "./trust/SearchBox"

export async function Header() {
  const t = await getTranslations("Header")
  const messages = await getMessages()
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:text-indigo focus:shadow-lg"
      >
        {t("skipToContent")}
      </a>
      <p className="bg-indigo-deep px-4 py-1.5 text-center text-xs text-gold-soft sm:text-sm">{t("announcement")}</p>
      <header className="sticky top-0 z-30 border-b border-line bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/85">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2.5 sm:flex-nowrap sm:px-6 sm:py-3">
          <Link href="/" className="rounded-lg">
            <Wordmark tagline={t("tagline")} />
          </Link>
          {/* Full width on its own row on phones, between logo and language on wider screens. */}
          <SearchBox className="order-last w-full sm:order-none sm:max-w-md sm:flex-1" />
          <div className="flex items-center gap-1 sm:gap-2">
            <LanguageSwitch />
            <NextIntlClientProvider messages={{ CartLink: messages.CartLink }}>
              <CartLinks />
            </NextIntlClientProvider>
          </div>
        </div>
      </header>
    </>
  )
}
