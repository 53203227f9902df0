import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { AccountShell, Notice } from "@/components/account/AccountShell"
import { OrderParts } from "@/components/account/OrderParts"
import { OrderSummaryBox } from "@/components/account/OrderSummaryBox"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { getOrder } from "@/lib/customer/data"
import { buildOrderParts } from "@/lib/customer/orders"
import { requireCustomer, withCustomer } from "@/lib/customer/session"
import { formatDate } from "@/lib/dates"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ received?: string; reviewed?: string }>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.overview" })
  return { title: t("ordersTitle") }
}

export default async function AccountOrderPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const returnTo = `/account/orders/${id}`
  const session = await requireCustomer(locale, returnTo)
  const found = await withCustomer(session, locale, returnTo, (token) => getOrder(token, session.customer.id, id, locale))
  if (!found) notFound()
  const { order, parts, reviews } = found
  const views = buildOrderParts(order, parts, reviews)
  const { received, reviewed } = await searchParams
  const t = await getTranslations("Account")
  return (
    <AccountShell name={session.customer.first_name || session.customer.email} active="orders">
      <Link href="/account" className="mb-3 inline-flex min-h-11 items-center text-sm font-semibold text-indigo underline-offset-2 hover:underline">
        ← {t("order.back")}
      </Link>
      <h1 className="text-2xl font-bold text-ink">{t("order.title", { number: order.display_id })}</h1>
      <p className="mb-4 text-sm text-ink-soft">{t("order.placedOn", { date: formatDate(order.created_at, locale) })}</p>
      {received === "1" && <Notice>{t("order.receivedDone")}</Notice>}
      {reviewed && <Notice>{t("review.saved")}</Notice>}
      <p className="mb-4 text-sm text-ink-soft">{t("order.partsIntro")}</p>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <OrderParts orderId={order.id} parts={views} locale={locale} />
        <OrderSummaryBox order={order} locale={locale} />
      </div>
    </AccountShell>
  )
}
