import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { AccountShell } from "@/components/account/AccountShell"
import { OrderList } from "@/components/account/OrderList"
import { FormAlert, primaryButtonClass } from "@/components/producer/fields"
import { Pagination, parsePage } from "@/components/Pagination"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { listOrders } from "@/lib/customer/data"
import { requireCustomer, withCustomer } from "@/lib/customer/session"

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.overview" })
  return { title: t("ordersTitle") }
}

export default async function AccountPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const page = parsePage((await searchParams).page)
  const returnTo = page > 1 ? `/account?page=${page}` : "/account"
  const session = await requireCustomer(locale, returnTo)
  const t = await getTranslations("Account.overview")
  let result: Awaited<ReturnType<typeof listOrders>> | null = null
  try {
    result = await withCustomer(session, locale, returnTo, (token) => listOrders(token, page))
  } catch (error) {
    console.error("[storefront] account orders:", error instanceof Error ? error.message : error)
  }
  return (
    <AccountShell name={session.customer.first_name || session.customer.email} active="orders">
      {/* id "products": the pager's links jump here. */}
      <section id="products" aria-labelledby="orders-title">
        <h1 id="orders-title" className="mb-4 text-2xl font-bold text-ink">
          {t("ordersTitle")}
        </h1>
        {!result ? (
          <FormAlert>{t("unavailable")}</FormAlert>
        ) : result.orders.length === 0 ? (
          <div className="rounded-2xl border border-dashed border-line bg-white p-6 text-center">
            <p className="font-semibold text-ink">{t("noOrders")}</p>
            <p className="mt-1 text-sm text-ink-soft">{t("noOrdersHint")}</p>
            <Link href="/" className={`${primaryButtonClass} mt-4`}>
              {t("shop")}
            </Link>
          </div>
        ) : (
          <>
            <OrderList orders={result.orders} locale={locale} />
            <Pagination page={page} pages={result.pages} pathname="/account" />
          </>
        )}
      </section>
    </AccountShell>
  )
}
