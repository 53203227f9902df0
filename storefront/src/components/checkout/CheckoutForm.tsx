"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { CartGroupView } from "@/lib/cart/types"
import type { PaymentMethodKey } from "@/lib/checkout/providers"
import type { GeoProvince } from "@/lib/producer/registration"
import { AddressForm, type SavedAddress } from "./AddressForm"
import { PaymentStep } from "./PaymentStep"
import { ShippingChoices } from "./ShippingChoices"

type CheckoutFormProps = {
  locale: AppLocale
  provinces: GeoProvince[]
  saved: SavedAddress | null
  addressSaved: boolean
  groups: CartGroupView[]
  shippingReady: boolean
  total: string
  methods: PaymentMethodKey[]
  stripeKey: string | null
}

function Step({ id, step, title, children }: { id: string; step: number; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} tabIndex={-1} className="mb-4 flex items-center gap-2.5 text-lg font-bold text-indigo outline-none">
        <span aria-hidden="true" className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-indigo text-sm text-white">
          {step}
        </span>
        {title}
      </h2>
      {children}
    </section>
  )
}

/** The three steps of checkout on one page: address, shipping per group, payment. */
export function CheckoutForm(props: CheckoutFormProps) {
  const t = useTranslations("Checkout")
  const router = useRouter()

  const onSaved = () => {
    router.refresh()
    // Keyboard and screen-reader users continue at the next step.
    setTimeout(() => document.getElementById("step-shipping")?.focus(), 300)
  }

  return (
    <div className="space-y-5">
      <Step id="step-contact" step={1} title={t("steps.contact")}>
        <AddressForm locale={props.locale} provinces={props.provinces} saved={props.saved} onSaved={onSaved} />
      </Step>
      <Step id="step-shipping" step={2} title={t("steps.shipping")}>
        <ShippingChoices groups={props.groups} locale={props.locale} enabled={props.addressSaved} />
      </Step>
      <Step id="step-payment" step={3} title={t("steps.payment")}>
        <PaymentStep methods={props.methods} enabled={props.addressSaved && props.shippingReady} total={props.total} stripeKey={props.stripeKey} />
      </Step>
    </div>
  )
}
