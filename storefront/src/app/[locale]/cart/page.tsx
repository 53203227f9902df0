import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { CartGroups } from "@/components/cart/CartGroups"
import { buttonPrimary, buttonSecondary } from "@/components/cart/styles"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { loadCartView } from "@/lib/cart/data"
import { problemLines } from "@/lib/cart/view"
import { formatTHB, satangToDecimalString, toSatang } from "@/lib/money"

type CartPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: CartPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Cart" })
  return { title: t("metaTitle"), robots: { index: false, follow: false } }
}

export default async function CartPage({ params }: CartPageProps) {
  const locale = await resolveLocale(params)
  const t = await getTranslations("Cart")
  let view: Awaited<ReturnType<typeof loadCartView>>
  try {
    view = await loadCartView(locale)
  } catch (error) {
    console.error("[storefront] cart:", error instanceof Error ? error.message : error)
    return (
      <div className="mx-auto max-w-lg px-4 py-12 text-center">
        <p role="alert" className="rounded-2xl border border-line bg-white p-6 text-ink">
          {t("unavailable")}
        </p>
        <Link href="/cart" className={`${buttonSecondary} mt-4`}>
          {t("retry")}
        </Link>
      </div>
    )
  }

  if (!view || view.groups.length === 0) {
    return (
      <div className="mx-auto max-w-lg px-4 py-12 text-center sm:py-16">
        <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="mt-4 text-lg text-ink">{t("empty")}</p>
        <p className="mt-1 text-ink-soft">{t("emptyHint")}</p>
        <Link href="/search" className={`${buttonPrimary} mt-6`}>
          {t("browse")}
        </Link>
      </div>
    )
  }

  const messages = await getMessages()
  const problems = problemLines(view)
  // Until the buyer chooses, each group's cheapest option is the estimate.
  const shippingEstimate = satangToDecimalString(
    view.groups.reduce((sum, group) => sum + (group.shippingAmount ? toSatang(group.shippingAmount) : 0n), 0n),
  )
  const total = satangToDecimalString(toSatang(view.itemTotal) + toSatang(shippingEstimate))

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="text-2xl font-bold text-ink sm:text-3xl">{t("title")}</h1>
      <p className="mt-1 text-ink-soft">{t("intro")}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <NextIntlClientProvider messages={{ Cart: messages.Cart }}>
          <CartGroups groups={view.groups} locale={locale} />
        </NextIntlClientProvider>
        <aside aria-labelledby="cart-summary" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5 lg:sticky lg:top-24">
          <h2 id="cart-summary" className="text-lg font-bold text-ink">
            {t("summary")}
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div className="flex justify-between gap-3">
              <dt className="text-ink-soft">{t("itemsTotal")}</dt>
              <dd className="tabular-nums">{formatTHB(view.itemTotal, locale)}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-ink-soft">{view.shippingReady ? t("shippingTotal", { count: view.groups.length }) : t("shippingEstimate")}</dt>
              <dd className="tabular-nums">{formatTHB(view.shippingReady ? view.shippingTotal : shippingEstimate, locale)}</dd>
            </div>
            <div className="flex justify-between gap-3 border-t border-line pt-2 text-base font-bold text-ink">
              <dt>{t("total")}</dt>
              <dd className="tabular-nums" data-testid="cart-total">
                {formatTHB(view.shippingReady ? view.total : total, locale)}
              </dd>
            </div>
          </dl>
          <p className="mt-1 text-xs text-leaf">{t("vatIncluded")}</p>
          {problems.length > 0 ? (
            <p role="alert" data-testid="cart-blocked" className="mt-4 rounded-xl bg-clay-soft px-3 py-2.5 text-sm font-medium text-clay">
              {t("blocked", { count: problems.length })}
            </p>
          ) : (
            <Link href="/checkout" className={`${buttonPrimary} mt-4 w-full`} data-testid="go-to-checkout">
              {t("checkout")}
            </Link>
          )}
          <Link href="/search" className="mt-3 block text-center text-sm font-semibold text-indigo hover:underline">
            {t("continue")}
          </Link>
        </aside>
      </div>
    </div>
  )
}
