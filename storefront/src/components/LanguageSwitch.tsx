"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { LOCALE_SHORT_NAMES, LOCALE_SWITCH_LABELS, routing } from "@/i18n/routing"

/** ไทย | EN: links to the same page in the other language (the language lives in the URL). */
export function LanguageSwitch() {
  const locale = useLocale()
  const pathname = usePathname() // without the locale prefix, e.g. "/products/x"
  const t = useTranslations("LanguageSwitch")

  return (
    <nav aria-label={t("label")}>
      <ul className="flex items-center rounded-full border border-line bg-white p-1 text-sm font-semibold shadow-sm">
        {routing.locales.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span
                aria-current="true"
                lang={target}
                className="block min-w-11 rounded-full bg-indigo px-3 py-1.5 text-center text-white"
              >
                {LOCALE_SHORT_NAMES[target]}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={target}
                lang={target}
                hrefLang={target}
                aria-label={LOCALE_SWITCH_LABELS[target]}
                className="block min-w-11 rounded-full px-3 py-1.5 text-center text-ink-soft transition-colors hover:bg-indigo-soft hover:text-indigo"
              >
                {LOCALE_SHORT_NAMES[target]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
