"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

const LINKS = [
  { href: "/producer", key: "dashboard" },
  { href: "/producer/products", key: "products" },
  { href: "/producer/orders", key: "orders" },
  { href: "/producer/certifications", key: "certifications", otherArea: true },
  { href: "/producer/team", key: "team", ownerOnly: true },
  { href: "/producer/settings", key: "settings", ownerOnly: true },
] as const

/** Dashboard / products / orders (/ team / settings for owners) tabs and a sign-out button (the form comes from the server). */
export function ProducerNav({
  signOut,
  locale,
  isOwner = false,
  extraLabels = {},
}: {
  signOut: (form: FormData) => Promise<void>
  locale: string
  /** Team and settings (members, payout details) are for the group's owners only. */
  isOwner?: boolean
  /** Labels of tabs whose words live in another area's messages (e.g. Trust), given by the layout. */
  extraLabels?: Partial<Record<"certifications", string>>
}) {
  const t = useTranslations("Producer.nav")
  const pathname = usePathname()
  return (
    <nav aria-label={t("label")} className="border-b border-line bg-white/70">
      <div className="mx-auto flex max-w-3xl items-center gap-1 overflow-x-auto px-3 py-2 sm:px-6">
        {LINKS.filter((link) => isOwner || !("ownerOnly" in link)).map((link) => {
          const { href, key } = link
          const active = href === "/producer" ? pathname === href : pathname.startsWith(href)
          return (
            <Link
              key={key}
              href={href}
              aria-current={active ? "page" : undefined}
              className={`whitespace-nowrap rounded-full px-3.5 py-1.5 text-sm font-semibold transition ${
                active ? "bg-indigo text-white" : "text-indigo hover:bg-indigo-soft"
              }`}
            >
              {"otherArea" in link ? (extraLabels[link.key] ?? link.key) : t(link.key)}
            </Link>
          )
        })}
        <form action={signOut} className="ml-auto">
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="whitespace-nowrap rounded-full px-3 py-1.5 text-sm font-semibold text-clay transition hover:bg-clay-soft"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
    </nav>
  )
}
