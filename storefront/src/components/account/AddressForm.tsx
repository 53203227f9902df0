"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { describedBy, FormAlert, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { GeoPicker } from "@/components/geo/GeoPicker"
import { geoPickerLabels } from "@/components/geo/labels"
import { RegField } from "@/components/producer/registration/parts"
import { Link } from "@/i18n/navigation"
import type { AddressField, AddressState, AddressValues } from "@/lib/customer/validation"
import type { GeoProvince } from "@/lib/producer/registration"

type AddressFormProps = {
  action: (state: AddressState, form: FormData) => Promise<AddressState>
  locale: string
  provinces: GeoProvince[]
  /** Editing: the address id and what it holds now (codes for the pickers). */
  addressId?: string
  initial?: Partial<AddressValues> & { province?: string; district?: string }
  initialState?: AddressState
}

/** A Thai shipping address: recipient, phone, house and road, then postcode ↔ province → district → subdistrict. */
export function AddressForm({ action, locale, provinces, addressId, initial, initialState = {} }: AddressFormProps) {
  const t = useTranslations("Account")
  // The pickers' own words are the registration form's (one wording of Thai places everywhere).
  const tPlace = useTranslations("Registration.form")
  const [state, formAction, pending] = useActionState(action, initialState)
  const [edited, setEdited] = useState<Set<string>>(new Set())
  const errors = state.fieldErrors ?? {}
  // An error goes once its field is edited; a postcode that did not match goes with either place field.
  const stale = (field: AddressField) => edited.has(field) || (errors[field] === "postcodeMismatch" && edited.has("subdistrict_code"))
  const errorText = (field: AddressField) => (errors[field] && !stale(field) ? t(`errors.${errors[field]}`) : undefined)
  const values = state.values ?? initial
  // Controlled: what was typed survives React's reset of the form after each answer.
  const [fields, setFields] = useState({
    first_name: values?.first_name ?? "",
    last_name: values?.last_name ?? "",
    phone: values?.phone ?? "",
    address_1: values?.address_1 ?? "",
  })

  const input = (field: "first_name" | "last_name" | "phone" | "address_1", options: { label: string; hint?: string; autoComplete: string; type?: string }) => {
    const error = errorText(field)
    const id = `address-${field}`
    return (
      <RegField id={id} label={options.label} hint={options.hint} error={error} required>
        <input
          id={id}
          name={field}
          type={options.type ?? "text"}
          inputMode={field === "phone" ? "tel" : undefined}
          autoComplete={options.autoComplete}
          aria-required="true"
          value={fields[field]}
          onChange={(event) => setFields((all) => ({ ...all, [field]: event.target.value }))}
          className={inputClass}
          {...describedBy(id, { hint: options.hint, error })}
        />
      </RegField>
    )
  }

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {addressId && <input type="hidden" name="address_id" value={addressId} />}
      <div aria-live="polite" className="space-y-2 empty:hidden">
        {state.errorKey && <FormAlert>{t(`addresses.${state.errorKey}`)}</FormAlert>}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {input("first_name", { label: t("addresses.firstName"), autoComplete: "shipping given-name" })}
        {input("last_name", { label: t("addresses.lastName"), autoComplete: "shipping family-name" })}
      </div>
      {input("phone", { label: t("addresses.phone"), hint: t("addresses.phoneHint"), autoComplete: "shipping tel", type: "tel" })}
      {input("address_1", { label: t("addresses.address1"), hint: t("addresses.address1Hint"), autoComplete: "shipping address-line1" })}
      <GeoPicker
        locale={locale}
        provinces={provinces}
        initial={{
          province: values?.subdistrict_code?.slice(0, 2) || initial?.province,
          district: values?.subdistrict_code?.slice(0, 4) || initial?.district,
          subdistrict: values?.subdistrict_code,
          postcode: values?.postcode,
        }}
        labels={geoPickerLabels(tPlace)}
        errors={{ postcode: errorText("postcode"), subdistrict_code: errorText("subdistrict_code") }}
        onEdit={(field) => setEdited((all) => (all.has(field) ? all : new Set(all).add(field)))}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("addresses.saving") : t("addresses.save")}
        </button>
        <Link href="/account/addresses" className={secondaryButtonClass}>
          {t("addresses.cancel")}
        </Link>
      </div>
    </form>
  )
}
