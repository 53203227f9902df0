import type { Metadata } from "next"
import { PostalAddress } from "@/components/address/PostalAddress"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { buttonPrimary, buttonSecondary } from "@/components/cart/styles"
import { OrderTotals } from "@/components/order/OrderTotals"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { loadOrderView } from "@/lib/checkout/order"
import type { OrderView } from "@/lib/checkout/order-view"
import { formatTHB } from "@/lib/money"

type ConfirmedPageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: ConfirmedPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "OrderConfirmed" })
  return { title: t("metaTitle"), robots: { index: false, follow: false } }
}

export default async function OrderConfirmedPage({ params }: ConfirmedPageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const t = await getTranslations("OrderConfirmed")
  const tShipping = await getTranslations("Shipping")
  let order: OrderView | null
  try {
    order = await loadOrderView(id, locale)
  } catch (error) {
    console.error("[storefront] order:", error instanceof Error ? error.message : error)
    return (
      <div className="mx-auto max-w-lg px-4 py-12 text-center">
        <p role="alert" className="rounded-2xl border border-line bg-white p-6">
          {t("unavailable")}
        </p>
        <Link href={`/order/confirmed/${id}`} className={`${buttonSecondary} mt-4`}>
          {(await getTranslations("Cart"))("retry")}
        </Link>
      </div>
    )
  }
  if (!order) notFound()

  // Thailand Post services are named in the reader's language; the backend's Thai name otherwise.
  const shippingName = (name: string) =>
    name.startsWith("EMS") ? tShipping("thp-ems") : name.startsWith("ไปรษณีย์ลงทะเบียน") ? tShipping("thp-registered") : name
  const address = order.address
  const groupCount = order.groups.filter((group) => group.id).length

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="rounded-3xl border border-leaf/30 bg-leaf-soft p-5 text-center sm:p-8">
        <p aria-hidden="true" className="text-4xl">
          ✓
        </p>
        <h1 className="mt-2 text-2xl font-bold text-leaf sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-lg font-semibold text-ink" data-testid="order-number">
          {t("number", { number: order.displayId })}
        </p>
        {order.email && <p className="mt-1 text-ink-soft">{t("emailSent", { email: order.email })}</p>}
        {groupCount > 1 && <p className="mt-2 text-sm text-ink">{t("groupsNote", { count: groupCount })}</p>}
      </div>

      <div className="mt-6 space-y-4">
        {order.groups.map((group, index) => (
          <section
            key={group.id ?? `rest-${index}`}
            aria-labelledby={`order-group-${index}`}
            data-testid="order-group"
            className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5"
          >
            <h2 id={`order-group-${index}`} className="font-bold text-indigo">
              {group.id ? t("groupHeading", { name: group.name }) : t("otherItems")}
            </h2>
            <ul role="list" className="mt-2 divide-y divide-line text-sm">
              {group.items.map((item) => (
                <li key={item.id} className="flex justify-between gap-3 py-2">
                  <span className="min-w-0">
                    <span className="font-medium text-ink">{item.title}</span>
                    {item.variantTitle && <span className="text-ink-soft"> ({item.variantTitle})</span>}
                    <span className="block text-ink-soft">{t("quantity", { quantity: item.quantity })}</span>
                  </span>
                  <span className="shrink-0 tabular-nums">{formatTHB(item.total, locale)}</span>
                </li>
              ))}
            </ul>
            {group.shipping && (
              <p className="mt-2 border-t border-line pt-2 text-sm text-ink-soft" data-testid="order-group-shipping">
                {t("shipping", { method: shippingName(group.shipping.name), amount: formatTHB(group.shipping.amount, locale) })}
              </p>
            )}
          </section>
        ))}
      </div>

      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <OrderTotals
          className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5"
          locale={locale}
          totals={{ items: order.itemTotal, shipping: order.shippingTotal, total: order.total, tax: order.taxTotal }}
          labels={{ items: t("itemsTotal"), shipping: t("shippingTotal"), total: t("total"), vat: (amount) => t("vat", { amount }) }}
        />
        {address && (
          <section aria-labelledby="order-address" className="rounded-2xl border border-line bg-white p-4 text-sm shadow-sm sm:p-5">
            <h2 id="order-address" className="font-semibold text-ink">
              {t("address")}
            </h2>
            <PostalAddress address={address} className="mt-1 not-italic text-ink-soft" />
          </section>
        )}
      </div>

      <div className="mt-6 flex flex-col items-center gap-2 text-center">
        <Link href="/account" className={buttonPrimary} data-testid="follow-order">
          {t("follow")}
        </Link>
        <p className="max-w-md text-xs text-ink-soft">{t("followHint")}</p>
        <Link href="/" className="mt-2 text-sm font-semibold text-indigo hover:underline">
          {t("continue")}
        </Link>
      </div>
    </div>
  )
}
