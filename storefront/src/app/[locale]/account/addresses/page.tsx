import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { AccountShell, Notice } from "@/components/account/AccountShell"
import { DeleteAddressButton } from "@/components/account/DeleteAddressButton"
import { FormAlert, primaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { deleteAddress } from "@/lib/customer/actions"
import { listAddresses } from "@/lib/customer/data"
import { requireCustomer, withCustomer } from "@/lib/customer/session"
import type { CustomerAddress } from "@/lib/customer/types"
import { listProvinces } from "@/lib/producer/registration-data"

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; deleted?: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Account.addresses" })
  return { title: t("title") }
}

export default async function AddressesPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireCustomer(locale, "/account/addresses")
  const t = await getTranslations("Account.addresses")
  const { saved, deleted } = await searchParams
  let addresses: CustomerAddress[] | null = null
  try {
    addresses = await withCustomer(session, locale, "/account/addresses", listAddresses)
  } catch (error) {
    console.error("[storefront] account addresses:", error instanceof Error ? error.message : error)
  }
  const provinces = await listProvinces()
  const provinceName = (code: string | null) => {
    const province = provinces.find((p) => p.code === code)
    return province ? (locale === "en" ? province.name_en : province.name_th) : code
  }
  return (
    <AccountShell name={session.customer.first_name || session.customer.email} active="addresses">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
          <p className="text-sm text-ink-soft">{t("intro")}</p>
        </div>
        <Link href="/account/addresses/new" className={primaryButtonClass}>
          {t("add")}
        </Link>
      </div>
      {saved === "1" && <Notice>{t("saved")}</Notice>}
      {deleted === "1" && <Notice>{t("deleted")}</Notice>}
      {!addresses ? (
        <FormAlert>{t("unavailable")}</FormAlert>
      ) : addresses.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-center text-ink-soft">{t("none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {addresses.map((address) => {
            const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
            return (
              <li key={address.id} data-testid="saved-address" className="flex flex-col rounded-2xl border border-line bg-white p-4 shadow-sm">
                <address className="flex-1 text-sm not-italic leading-relaxed text-ink">
                  <span className="font-semibold">{name}</span>
                  <br />
                  {address.address_1}
                  <br />
                  {[address.address_2, address.city, provinceName(address.province), address.postal_code].filter(Boolean).join(" ")}
                  {address.phone && (
                    <>
                      <br />
                      {address.phone}
                    </>
                  )}
                </address>
                <div className="mt-3 flex flex-wrap gap-2 border-t border-line pt-3">
                  <Link
                    href={`/account/addresses/${address.id}`}
                    aria-label={t("editAddress", { name })}
                    className="inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold text-indigo hover:bg-indigo-soft"
                  >
                    {t("edit")}
                  </Link>
                  <DeleteAddressButton action={deleteAddress} locale={locale} addressId={address.id} name={name} />
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </AccountShell>
  )
}
