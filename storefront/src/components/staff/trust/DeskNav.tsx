"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { activeDeskNav, DESK_NAV } from "@/lib/staff/trust"

/** The desk's sections: registrations, the certification queue, grade entry and the CSV import. */
export function DeskNav() {
  const t = useTranslations("StaffTrust.nav")
  const active = activeDeskNav(usePathname())
  return (
    <nav aria-label={t("label")} className="border-b border-line bg-white">
      {/* Two rows of two on phones, so that no section hides off-screen; one row from sm up. */}
      <ul className="mx-auto grid max-w-3xl grid-cols-2 gap-x-2 px-4 sm:flex sm:gap-1 sm:px-6">
        {DESK_NAV.map((item) => {
          const current = item.key === active
          return (
            <li key={item.key} className="min-w-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                data-testid={`desk-nav-${item.key}`}
                className={`flex min-h-11 items-center border-b-2 px-2 text-sm font-semibold transition sm:px-3 ${
                  current ? "border-indigo text-indigo" : "border-transparent text-ink-soft hover:text-indigo"
                }`}
              >
                {t(item.key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
