import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"
import { primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { StatusBadge } from "@/components/producer/StatusBadge"
import { DashboardTrustWarnings } from "@/components/producer/trust/TrustWarnings"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { satangToDecimalString, formatTHB } from "@/lib/money"
import { chooseGroup } from "@/lib/producer/actions"
import { listProducerOrders, listProducerProducts, listRegistrations } from "@/lib/producer/data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { lowStockCount, monthSalesSatang } from "@/lib/producer/stats"
import { LOW_STOCK_THRESHOLD } from "@/lib/producer/types"

type PageProps = { params: Promise<{ locale: string }> }

const STATUSES = ["pending", "approved", "rejected", "suspended"] as const

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer.dashboard" })
  return { title: t("title") }
}

/** A settled call: its value, or undefined when it failed (logged). */
async function settle<T>(promise: Promise<T>, context: string): Promise<T | undefined> {
  try {
    return await promise
  } catch (error) {
    unstable_rethrow(error) // redirects (401 → login) pass through
    console.error(`[storefront] producer dashboard ${context}:`, error instanceof Error ? error.message : error)
    return undefined
  }
}

export default async function ProducerDashboardPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Producer")
  const tRegistration = await getTranslations("Registration.dashboard")
  const { me, group } = session

  if (!group) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-ink">{t("dashboard.title")}</h1>
        <section
          aria-labelledby="register-title"
          data-testid="register-cta"
          className="rounded-2xl border border-gold/40 bg-gold-soft/60 p-5 shadow-sm"
        >
          <p className="text-sm text-ink-soft">{t("dashboard.noGroup")}</p>
          <h2 id="register-title" className="mt-1 text-xl font-bold text-indigo">
            {tRegistration("noGroupTitle")}
          </h2>
          <p className="mt-2 text-ink-soft">{tRegistration("noGroupText")}</p>
          <Link href="/producer/register" className={`${primaryButtonClass} mt-4 w-full sm:w-auto`}>
            {tRegistration("registerCta")}
          </Link>
        </section>
      </div>
    )
  }

  const [products, orders, registrations] = await Promise.all([
    settle(withSession(session, locale, (auth) => listProducerProducts(auth)), "products"),
    settle(withSession(session, locale, (auth) => listProducerOrders(auth)), "orders"),
    settle(withSession(session, locale, (auth) => listRegistrations(auth)), "registrations"),
  ])
  const registration = registrations?.registrations.find((entry) => entry.id === group.id)
  const status = registration?.status ?? group.status
  const statusKey = (STATUSES as readonly string[]).includes(status) ? (status as (typeof STATUSES)[number]) : "unknown"
  const reason = registration?.status_reason
  const otherPending = me.groups.filter((entry) => entry.id !== group.id && entry.status === "pending").length
  const name = [me.producer.first_name, me.producer.last_name].filter(Boolean).join(" ") || me.producer.email
  const groupNameTh = group.name_th || group.name_en || group.handle
  const groupNameEn = group.name_en || group.name_th || group.handle

  const toShip = orders?.orders.filter((order) => order.group_status === "to_ship").length
  const stats: { key: string; label: string; value: string | undefined; hint?: string; href?: "/producer/orders" | "/producer/products"; tone: string }[] = [
    { key: "toShip", label: t("dashboard.toShip"), value: toShip?.toString(), href: "/producer/orders", tone: "border-l-gold" },
    { key: "products", label: t("dashboard.products"), value: products?.count.toString(), href: "/producer/products", tone: "border-l-indigo" },
    {
      key: "lowStock",
      label: t("dashboard.lowStock"),
      value: products ? lowStockCount(products.products)?.toString() : undefined,
      hint: t("dashboard.lowStockHint", { count: LOW_STOCK_THRESHOLD }),
      href: "/producer/products",
      tone: "border-l-clay",
    },
    {
      key: "monthSales",
      label: t("dashboard.monthSales"),
      value: orders ? formatTHB(satangToDecimalString(monthSalesSatang(orders.orders)), locale) : undefined,
      tone: "border-l-leaf",
    },
  ]

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-ink-soft">{t("dashboard.greeting", { name })}</p>
        <h1 className="text-2xl font-bold text-ink">{t("dashboard.title")}</h1>
      </div>

      <section aria-labelledby="group-title" className="rounded-2xl border border-line bg-white p-5 shadow-sm">
        <p className="text-xs font-semibold uppercase tracking-wide text-gold-deep">{t("dashboard.group")}</p>
        <h2 id="group-title" className="mt-1 text-xl font-bold text-indigo" lang="th" data-testid="group-name-th">
          {groupNameTh}
        </h2>
        {groupNameEn !== groupNameTh && (
          <p className="text-sm text-ink-soft" lang="en">
            {groupNameEn}
          </p>
        )}
        <div className="mt-3">
          <StatusBadge status={statusKey} label={t(`status.${statusKey}`)} />
        </div>
        {reason && statusKey !== "approved" && <p className="mt-2 text-sm text-clay">{t("dashboard.reason", { reason })}</p>}
        {statusKey === "pending" && <p className="mt-2 text-sm text-ink-soft">{t("dashboard.pendingHint")}</p>}
        {otherPending > 0 && (
          <p className="mt-2 text-sm font-medium text-gold-deep" data-testid="other-pending">
            {tRegistration("otherPending", { count: otherPending })}
          </p>
        )}
        <Link
          href="/producer/registrations"
          className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline"
        >
          {tRegistration("viewStatus")} →
        </Link>

        {me.groups.length > 1 && (
          <form action={chooseGroup} className="mt-4 flex flex-wrap items-end gap-2 border-t border-line pt-4">
            <input type="hidden" name="locale" value={locale} />
            <label className="min-w-0 flex-1 text-sm font-semibold text-ink">
              {t("dashboard.chooseGroup")}
              <select
                name="group_id"
                defaultValue={group.id}
                className="mt-1 block w-full rounded-xl border border-line bg-white px-3 py-2.5 text-base font-normal"
              >
                {me.groups.map((option) => (
                  <option key={option.id} value={option.id}>
                    {(locale === "th" ? option.name_th : option.name_en) || option.name_th || option.handle}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={secondaryButtonClass}>
              {t("dashboard.switchGroup")}
            </button>
          </form>
        )}
      </section>

      {(!products || !orders) && (
        <p role="status" className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          {t("dashboard.unavailable")}
        </p>
      )}

      {/* Certifications that expired or expire soon (nothing when all is well). */}
      <DashboardTrustWarnings session={session} locale={locale} />

      <ul className="grid grid-cols-2 gap-3 sm:gap-4">
        {stats.map((stat) => {
          const body = (
            <>
              <span className="block text-sm font-medium text-ink-soft">{stat.label}</span>
              <span className="mt-1 block text-2xl font-bold tabular-nums text-ink sm:text-3xl">{stat.value ?? "–"}</span>
              {stat.hint && <span className="mt-0.5 block text-xs text-ink-soft">{stat.hint}</span>}
            </>
          )
          const className = `block h-full rounded-2xl border border-line border-l-4 ${stat.tone} bg-white p-4 shadow-sm`
          return (
            <li key={stat.key} data-testid={`stat-${stat.key}`}>
              {stat.href ? (
                <Link href={stat.href} className={`${className} transition hover:bg-indigo-soft/40`}>
                  {body}
                </Link>
              ) : (
                <div className={className}>{body}</div>
              )}
            </li>
          )
        })}
      </ul>

      <p className="text-center">
        <Link href="/producer/register" className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline">
          {tRegistration("registerAnother")}
        </Link>
      </p>
    </div>
  )
}
