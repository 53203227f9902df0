import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { AccountShell } from "@/components/account/AccountShell"
import { AddressForm } from "@/components/account/AddressForm"
import { resolveLocale } from "@/i18n/page-locale"
import { saveAddress } from "@/lib/customer/actions"
import { requireCustomer } from "@/lib/customer/session"
import { listProvinces } from "@/lib/producer/registration-data"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.addresses" })
  return { title: t("newTitle") }
}

export default async function NewAddressPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireCustomer(locale, "/account/addresses/new")
  const t = await getTranslations("Account.addresses")
  const provinces = await listProvinces()
  const customer = session.customer
  return (
    <AccountShell name={customer.first_name || customer.email} active="addresses">
      <h1 className="mb-4 text-2xl font-bold text-ink">{t("newTitle")}</h1>
      <div className="max-w-xl rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <AddressForm
          action={saveAddress}
          locale={locale}
          provinces={provinces}
          initial={{ first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", phone: customer.phone ?? "" }}
        />
      </div>
    </AccountShell>
  )
}
