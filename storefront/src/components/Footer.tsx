import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatYear } from "@/lib/dates"
import { Wordmark } from "./Logo"

export async function Footer() {
  const [t, tHeader, locale] = await Promise.all([getTranslations("Footer"), getTranslations("Header"), getLocale()])
  return (
    <footer className="mt-16 border-t-4 border-gold bg-indigo-deep text-indigo-soft">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-4">
          <div className="inline-block rounded-xl bg-paper px-3 py-2">
            <Wordmark tagline={tHeader("tagline")} />
          </div>
          <p className="max-w-xl text-sm leading-relaxed">{t("about")}</p>
        </div>
        <div className="space-y-2 text-sm md:text-right">
          <p className="font-semibold text-gold">{t("pricesNote")}</p>
          <p>{t("copyright", { year: formatYear(new Date(), locale) })}</p>
          <p>
            <Link href="/producers" className="font-semibold text-gold-soft underline-offset-4 hover:underline">
              {t("allGroupsLink")}
            </Link>
          </p>
          <p>
            <Link href="/producer" className="font-semibold text-gold-soft underline-offset-4 hover:underline">
              {t("producersLink")}
            </Link>
          </p>
        </div>
      </div>
    </footer>
  )
}
