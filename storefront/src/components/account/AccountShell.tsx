import { getLocale, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { secondaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import { customerSignOut } from "@/lib/customer/actions"

type AccountShellProps = {
  /** The customer's first name for the greeting. */
  name: string
  active: "orders" | "addresses"
  children: ReactNode
}

/** The frame of every signed-in account page: greeting, the account menu and sign-out. */
export async function AccountShell({ name, active, children }: AccountShellProps) {
  const t = await getTranslations("Account")
  const locale = await getLocale()
  const linkClass = (current: boolean) =>
    `inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold transition ${
      current ? "bg-indigo text-white" : "text-indigo hover:bg-indigo-soft"
    }`
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-line pb-4">
        <div>
          <p className="text-sm font-semibold text-gold-deep">{t("title")}</p>
          <p className="text-lg font-bold text-ink" data-testid="account-greeting">
            {t("overview.greeting", { name })}
          </p>
        </div>
        <form action={customerSignOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={secondaryButtonClass}>
            {t("nav.signOut")}
          </button>
        </form>
      </div>
      <nav aria-label={t("nav.label")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/account" aria-current={active === "orders" ? "page" : undefined} className={linkClass(active === "orders")}>
              {t("nav.overview")}
            </Link>
          </li>
          <li>
            <Link href="/account/addresses" aria-current={active === "addresses" ? "page" : undefined} className={linkClass(active === "addresses")}>
              {t("nav.addresses")}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  )
}

/** A polite confirmation line (saved, deleted, signed out), announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-5 rounded-xl border border-leaf/30 bg-leaf-soft px-4 py-3 text-sm font-medium text-leaf">
      {children}
    </p>
  )
}

/** The sign-in and sign-up pages' card. */
export function AuthCard({ eyebrow, title, intro, children }: { eyebrow: string; title: string; intro: string; children: ReactNode }) {
  return (
    <div className="silk-pattern min-h-full px-4 py-8 sm:py-14">
      <div className="mx-auto max-w-md rounded-2xl border border-line bg-paper p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold text-gold-deep">{eyebrow}</p>
        <h1 className="mb-3 text-2xl font-bold text-ink">{title}</h1>
        <p className="mb-6 text-ink-soft">{intro}</p>
        {children}
      </div>
    </div>
  )
}
