"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useRef } from "react"
import { GeoPicker } from "@/components/geo/GeoPicker"
import { geoPickerLabels } from "@/components/geo/labels"
import { buttonPrimary, inputBase } from "@/components/cart/styles"
import { saveAddress, type AddressState } from "@/lib/checkout/actions"
import type { AddressField, FieldError } from "@/lib/checkout/validation"
import type { GeoProvince } from "@/lib/producer/registration"

export type SavedAddress = {
  email: string
  first_name: string
  last_name: string
  phone: string
  address_1: string
  postcode: string
  province: string
  district: string
  subdistrict: string
}

type AddressFormProps = {
  locale: string
  provinces: GeoProvince[]
  saved: SavedAddress | null
  onSaved: () => void
}

function SubmitButton({ pending }: { pending: boolean }) {
  const t = useTranslations("Checkout.form")
  return (
    <button type="submit" disabled={pending} className={`${buttonPrimary} w-full sm:w-auto`}>
      {pending ? t("saving") : t("save")}
    </button>
  )
}

/** Email, name, phone and the Thai address, with the province → district → subdistrict ↔ postcode pickers. */
export function AddressForm({ locale, provinces, saved, onSaved }: AddressFormProps) {
  const t = useTranslations("Checkout")
  const tForm = useTranslations("Checkout.form")
  const [state, dispatch, pending] = useActionState<AddressState, FormData>(saveAddress.bind(null, locale), { status: "idle" })
  const summaryRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (state.status === "saved") onSaved()
    if (state.status === "error") summaryRef.current?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.at])

  const message = (error: FieldError | undefined) =>
    error ? (error.key === "postcodeMismatch" ? t("errors.postcodeMismatch", error.values) : t(`errors.${error.key}`)) : undefined
  const errors = state.fieldErrors ?? {}
  const errorCount = Object.keys(errors).length

  const field = (
    name: Exclude<AddressField, "subdistrict_code" | "postcode">,
    label: string,
    options: { type?: string; autoComplete?: string; inputMode?: "email" | "tel" | "text"; hint?: string; defaultValue?: string } = {},
  ) => {
    const error = message(errors[name])
    const describedBy = [options.hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined
    return (
      <div>
        <label htmlFor={name} className="block text-sm font-semibold text-ink">
          {label}
          <span aria-hidden="true" className="ml-0.5 text-clay">
            *
          </span>
        </label>
        <input
          id={name}
          name={name}
          type={options.type ?? "text"}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete}
          defaultValue={options.defaultValue}
          required
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputBase}
        />
        {options.hint && (
          <p id={`${name}-hint`} className="mt-1 text-xs text-ink-soft">
            {options.hint}
          </p>
        )}
        {error && (
          <p id={`${name}-error`} className="mt-1 text-sm font-medium text-clay">
            {error}
          </p>
        )}
      </div>
    )
  }

  return (
    // Submitted by hand rather than through the form's action prop: React resets a form after its
    // action, which would wipe what the buyer typed when the server sends back a correction.
    <form
      noValidate
      className="space-y-4"
      data-testid="address-form"
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        startTransition(() => dispatch(data))
      }}
    >
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive" className="outline-none">
        {state.status === "error" && (
          <p role="alert" className="rounded-xl border border-clay/30 bg-clay-soft px-4 py-3 text-sm font-medium text-clay">
            {state.formError ? t(`errors.${state.formError === "cartGone" ? "failed" : state.formError}`) : t("errors.summary", { count: errorCount })}
            {errors.postcode?.key === "postcodeMismatch" && <span className="mt-1 block">{message(errors.postcode)}</span>}
          </p>
        )}
      </div>
      {field("email", t("form.email"), { type: "email", autoComplete: "email", inputMode: "email", hint: t("form.emailHint"), defaultValue: saved?.email })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("first_name", t("form.firstName"), { autoComplete: "given-name", defaultValue: saved?.first_name })}
        {field("last_name", t("form.lastName"), { autoComplete: "family-name", defaultValue: saved?.last_name })}
      </div>
      {field("phone", t("form.phone"), { type: "tel", autoComplete: "tel", inputMode: "tel", hint: t("form.phoneHint"), defaultValue: saved?.phone })}
      {field("address_1", t("form.addressLine"), { autoComplete: "address-line1", hint: t("form.addressLineHint"), defaultValue: saved?.address_1 })}
      <GeoPicker
        locale={locale}
        provinces={provinces}
        initial={saved ? { province: saved.province, district: saved.district, subdistrict: saved.subdistrict, postcode: saved.postcode } : undefined}
        labels={geoPickerLabels(tForm)}
        errors={{ postcode: message(errors.postcode), subdistrict_code: message(errors.subdistrict_code) }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} />
        <p role="status" aria-live="polite" className="text-sm font-medium text-leaf">
          {state.status === "saved" ? t("form.saved") : ""}
        </p>
      </div>
    </form>
  )
}
