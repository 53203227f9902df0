import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { AccountShell } from "@/components/account/AccountShell"
import { AddressForm } from "@/components/account/AddressForm"
import { resolveLocale } from "@/i18n/page-locale"
import { saveAddress } from "@/lib/customer/actions"
import { getAddress } from "@/lib/customer/data"
import { requireCustomer, withCustomer } from "@/lib/customer/session"
import { listProvinces } from "@/lib/producer/registration-data"

type PageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.addresses" })
  return { title: t("editTitle") }
}

export default async function EditAddressPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const returnTo = `/account/addresses/${id}`
  const session = await requireCustomer(locale, returnTo)
  const address = await withCustomer(session, locale, returnTo, (token) => getAddress(token, id))
  if (!address) notFound()
  const t = await getTranslations("Account.addresses")
  const provinces = await listProvinces()
  const metadata = address.metadata ?? {}
  const subdistrict = typeof metadata.subdistrict_code === "string" ? metadata.subdistrict_code : ""
  return (
    <AccountShell name={session.customer.first_name || session.customer.email} active="addresses">
      <h1 className="mb-4 text-2xl font-bold text-ink">{t("editTitle")}</h1>
      <div className="max-w-xl rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <AddressForm
          action={saveAddress}
          locale={locale}
          provinces={provinces}
          addressId={address.id}
          initial={{
            first_name: address.first_name ?? "",
            last_name: address.last_name ?? "",
            phone: address.phone ?? "",
            address_1: address.address_1 ?? "",
            subdistrict_code: subdistrict,
            postcode: address.postal_code ?? "",
            // An address saved elsewhere (checkout) may carry only the province code.
            province: address.province ?? undefined,
          }}
        />
      </div>
    </AccountShell>
  )
}
