import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { buttonPrimary, buttonSecondary } from "@/components/cart/styles"
import { CheckoutForm } from "@/components/checkout/CheckoutForm"
import { OrderSummary } from "@/components/checkout/OrderSummary"
import type { SavedAddress } from "@/components/checkout/AddressForm"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { loadCartView } from "@/lib/cart/data"
import type { CartView } from "@/lib/cart/types"
import { problemLines } from "@/lib/cart/view"
import { listPaymentProviders, stripePublishableKey } from "@/lib/checkout/data"
import { paymentChoices } from "@/lib/checkout/providers"
import { getRegion } from "@/lib/medusa/regions"
import { geoFetch, listProvinces } from "@/lib/producer/registration-data"

type CheckoutPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: CheckoutPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Checkout" })
  return { title: t("metaTitle"), robots: { index: false, follow: false } }
}

type GeoPlace = { code: string; name_th: string; district: { code: string; name_th: string }; province: { code: string } }

/**
 * What the buyer saved before. The cart's default fields carry the address without its metadata,
 * so the picker's codes are found again from the postcode and the subdistrict and district names.
 */
async function savedAddress(view: CartView): Promise<{ saved: SavedAddress | null; complete: boolean }> {
  const address = view.shippingAddress
  if (!address || !address.postal_code) return { saved: view.email ? { ...empty(), email: view.email } : null, complete: false }
  let place: GeoPlace | undefined
  try {
    const { subdistricts } = await geoFetch<{ subdistricts: GeoPlace[] }>(`/store/geo/subdistricts?postcode=${encodeURIComponent(address.postal_code)}`)
    place =
      subdistricts.find((s) => s.name_th === address.address_2 && s.district.name_th === address.city) ??
      (subdistricts.length === 1 ? subdistricts[0] : undefined)
  } catch {
    // The buyer picks the place again.
  }
  const saved: SavedAddress = {
    email: view.email ?? "",
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    phone: address.phone ?? "",
    address_1: address.address_1 ?? "",
    postcode: address.postal_code ?? "",
    province: place?.province.code ?? "",
    district: place?.district.code ?? "",
    subdistrict: place?.code ?? "",
  }
  return { saved, complete: !!(saved.email && saved.first_name && saved.phone && saved.address_1 && address.city) }
}

function empty(): SavedAddress {
  return { email: "", first_name: "", last_name: "", phone: "", address_1: "", postcode: "", province: "", district: "", subdistrict: "" }
}

export default async function CheckoutPage({ params }: CheckoutPageProps) {
  const locale = await resolveLocale(params)
  const t = await getTranslations("Checkout")
  let view: CartView | null
  try {
    view = await loadCartView(locale)
  } catch (error) {
    console.error("[storefront] checkout:", error instanceof Error ? error.message : error)
    const tCart = await getTranslations("Cart")
    return (
      <div className="mx-auto max-w-lg px-4 py-12 text-center">
        <p role="alert" className="rounded-2xl border border-line bg-white p-6">
          {tCart("unavailable")}
        </p>
        <Link href="/checkout" className={`${buttonSecondary} mt-4`}>
          {tCart("retry")}
        </Link>
      </div>
    )
  }

  if (!view || view.groups.length === 0) {
    return (
      <div className="mx-auto max-w-lg px-4 py-12 text-center">
        <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="mt-4 text-ink">{t("emptyCart")}</p>
        <Link href="/search" className={`${buttonPrimary} mt-6`}>
          {(await getTranslations("Cart"))("browse")}
        </Link>
      </div>
    )
  }

  // A line that cannot be bought blocks paying, with the reason shown in the cart.
  if (problemLines(view).length > 0) {
    return (
      <div className="mx-auto max-w-lg px-4 py-12 text-center">
        <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
        <p role="alert" data-testid="checkout-blocked" className="mt-4 rounded-2xl bg-clay-soft p-4 font-medium text-clay">
          {t("blocked")}
        </p>
        <Link href="/cart" className={`${buttonPrimary} mt-6`}>
          {t("fixInCart")}
        </Link>
      </div>
    )
  }

  const region = await getRegion(locale)
  const [provinces, providers] = await Promise.all([
    listProvinces(),
    listPaymentProviders(region.id).catch((error) => {
      console.error("[storefront] payment providers:", error instanceof Error ? error.message : error)
      return [] as string[]
    }),
  ])
  const stripeKey = stripePublishableKey()
  const methods = paymentChoices(providers, !!stripeKey)
  const { saved, complete } = await savedAddress(view)
  const messages = await getMessages()

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">{t("title")}</h1>
        <Link href="/cart" className="text-sm font-semibold text-indigo hover:underline">
          {t("backToCart")}
        </Link>
      </div>
      <p className="mt-1 text-ink-soft">{t("secure")}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
        <NextIntlClientProvider messages={{ Checkout: messages.Checkout, Shipping: messages.Shipping }}>
          <CheckoutForm
            locale={locale}
            provinces={provinces}
            saved={saved}
            addressSaved={complete}
            groups={view.groups}
            shippingReady={view.shippingReady}
            total={view.total}
            methods={methods}
            stripeKey={stripeKey}
          />
        </NextIntlClientProvider>
        <OrderSummary view={view} locale={locale} />
      </div>
    </div>
  )
}
