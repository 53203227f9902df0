"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "@/components/producer/fields"
import { xhrUpload, type UploadFn } from "@/components/producer/registration/upload"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import {
  bangkokDateStart,
  bangkokDay,
  localized,
  numberFormatHint,
  numberRequired,
  SCHEME_DETAIL_FIELDS,
  type CertificationErrorKey,
  type CertificationField,
  type CertificationFormState,
  type CertificationFormValues,
  type CertificationScheme,
} from "@/lib/producer/trust"
import { DocumentField } from "./DocumentField"

type CertificationFormProps = {
  locale: AppLocale
  schemes: CertificationScheme[]
  products: { id: string; title: string }[]
  initialScheme?: string
  initialProductId?: string
  action: (state: CertificationFormState, form: FormData) => Promise<CertificationFormState>
  /** Tests pass their own uploader; the page uses the portal's upload route. */
  upload?: UploadFn
}

const NUMBER_LABEL_SCHEMES = ["fda_food", "fda_cosmetic", "tcps", "gi"] as const

/** The localized words for one field's error; number errors show the scheme's expected format. */
export function useCertificationErrorText(locale: AppLocale) {
  const t = useTranslations("Trust.errors")
  return useCallback(
    (key: CertificationErrorKey | undefined, scheme: CertificationScheme | undefined): string | undefined => {
      if (!key) return undefined
      if (key === "numberFormat" || key === "numberRequired") {
        const format = numberFormatHint(scheme, locale)
        const words = format.hint ?? format.example ?? format.mask ?? ""
        if (key === "numberRequired") return t("numberRequired", { format: format.mask ?? words })
        return format.mask ? t("numberFormatMask", { mask: format.mask, format: words }) : t("numberFormat", { format: words })
      }
      return t(key)
    },
    [locale, t],
  )
}

/**
 * A producer claims a standard for one product, or for the whole group when the scheme certifies
 * the producer (the scheme data says which). The number's expected format is shown before and,
 * when the backend refuses the number, in the error at the field.
 */
export function CertificationForm({ locale, schemes, products, initialScheme, initialProductId, action, upload }: CertificationFormProps) {
  const t = useTranslations("Trust.form")
  const tErrors = useTranslations("Trust.errors")
  const errorText = useCertificationErrorText(locale)
  const [state, formAction, pending] = useActionState(action, {})
  const uploader = useMemo(() => upload ?? xhrUpload(`/${locale}/producer/certifications/upload`), [upload, locale])

  const initial: CertificationFormValues = state.values ?? {
    scheme: schemes.some((scheme) => scheme.code === initialScheme) ? initialScheme! : "",
    product_id: products.some((product) => product.id === initialProductId) ? initialProductId! : "",
    number: "",
    certificate_number: "",
    issued_at: "",
    expires_at: "",
    document_id: "",
    gi_name: "",
  }
  const [values, setValues] = useState(initial)
  const [upload$, setUpload] = useState({ busy: false, uploaded: false })
  const onUploadState = useCallback((next: { busy: boolean; uploaded: boolean }) => setUpload(next), [])
  const set = (field: CertificationField) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }))

  const scheme = schemes.find((entry) => entry.code === values.scheme)
  const format = numberFormatHint(scheme, locale)
  const errors = state.fieldErrors ?? {}
  const errorFor = (field: CertificationField) => errorText(errors[field], scheme)
  const today = bangkokDay(new Date())

  // After a refused save, focus goes to the first field in error (or the alert).
  const formRef = useRef<HTMLFormElement>(null)
  // Sent by hand: React's automatic reset after a form action would put the <select>s back to
  // their server-rendered option after a refused save.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  useEffect(() => {
    if (!state.fieldErrors && !state.errorKey && !state.apiMessage) return
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")
    invalid?.focus()
  }, [state])

  const productSchemes = schemes.filter((entry) => entry.applies_to === "product")
  const groupSchemes = schemes.filter((entry) => entry.applies_to === "group")
  const numberLabel =
    scheme && (NUMBER_LABEL_SCHEMES as readonly string[]).includes(scheme.code)
      ? t(`numberLabels.${scheme.code as (typeof NUMBER_LABEL_SCHEMES)[number]}`)
      : numberRequired(scheme) || !scheme
        ? t("number")
        : t("numberOptional")
  const numberHintText = [format.mask ? t("format", { mask: format.mask }) : null, format.hint, !format.hint && format.example ? t("example", { example: format.example }) : null]
    .filter(Boolean)
    .join(" · ")
  const beEcho = (value: string) =>
    locale === "th" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? t("beDate", { date: formatDate(bangkokDateStart(value), locale) }) : undefined
  const hasErrors = Object.keys(errors).length > 0

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="certification-form">
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="polite" className="empty:hidden">
        {hasErrors && <FormAlert>{t("errorSummary")}</FormAlert>}
        {state.errorKey && <FormAlert>{tErrors(state.errorKey)}</FormAlert>}
        {state.apiMessage && <FormAlert>{tErrors("api", { message: state.apiMessage })}</FormAlert>}
      </div>

      <section className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <Field id="cert-scheme" label={t("scheme")} error={errorFor("scheme")} hint={scheme ? t("issuer", { issuer: localized(scheme.issuer, locale) }) : undefined}>
          <select
            id="cert-scheme"
            name="scheme"
            value={values.scheme}
            onChange={set("scheme")}
            className={inputClass}
            {...describedBy("cert-scheme", { error: errorFor("scheme"), hint: scheme ? "issuer" : undefined })}
          >
            <option value="">{t("schemeChoose")}</option>
            <optgroup label={t("schemesForProduct")}>
              {productSchemes.map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {localized(entry.label, locale)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("schemesForGroup")}>
              {groupSchemes.map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {localized(entry.label, locale)}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>

        {scheme?.applies_to === "group" ? (
          <p data-testid="group-scheme-note" className="rounded-xl bg-indigo-soft/60 px-3.5 py-2.5 text-sm text-indigo">
            {t("groupNote")}
          </p>
        ) : products.length === 0 ? (
          <p className="rounded-xl bg-gold-soft px-3.5 py-2.5 text-sm text-gold-deep">{t("noProducts")}</p>
        ) : (
          <Field id="cert-product" label={t("product")} error={errorFor("product_id")}>
            <select
              id="cert-product"
              name="product_id"
              value={values.product_id}
              onChange={set("product_id")}
              className={inputClass}
              {...describedBy("cert-product", { error: errorFor("product_id") })}
            >
              <option value="">{t("productChoose")}</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.title}
                </option>
              ))}
            </select>
          </Field>
        )}
      </section>

      <section className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <Field id="cert-number" label={numberLabel} hint={numberHintText || undefined} error={errorFor("number")}>
          <input
            id="cert-number"
            name="number"
            value={values.number}
            onChange={set("number")}
            autoComplete="off"
            inputMode={scheme?.code === "fda_food" || scheme?.code === "fda_cosmetic" ? "numeric" : undefined}
            placeholder={format.example ?? undefined}
            className={`${inputClass} font-mono tracking-wide`}
            {...describedBy("cert-number", { hint: numberHintText || undefined, error: errorFor("number") })}
          />
        </Field>

        {(SCHEME_DETAIL_FIELDS[values.scheme] ?? []).includes("gi_name") && (
          <Field id="cert-gi-name" label={t("giName")} error={errorFor("gi_name")}>
            <input id="cert-gi-name" name="gi_name" value={values.gi_name} onChange={set("gi_name")} className={inputClass} {...describedBy("cert-gi-name", { error: errorFor("gi_name") })} />
          </Field>
        )}

        <Field id="cert-certificate-number" label={t("certificateNumber")} error={errorFor("certificate_number")}>
          <input
            id="cert-certificate-number"
            name="certificate_number"
            value={values.certificate_number}
            onChange={set("certificate_number")}
            autoComplete="off"
            className={inputClass}
            {...describedBy("cert-certificate-number", { error: errorFor("certificate_number") })}
          />
        </Field>

        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="cert-issued" label={t("issuedAt")} hint={beEcho(values.issued_at)} error={errorFor("issued_at")}>
            <input
              id="cert-issued"
              name="issued_at"
              type="date"
              max={today}
              value={values.issued_at}
              onChange={set("issued_at")}
              className={inputClass}
              {...describedBy("cert-issued", { hint: beEcho(values.issued_at), error: errorFor("issued_at") })}
            />
          </Field>
          {(() => {
            const hint = beEcho(values.expires_at) ?? (scheme?.default_validity_years ? t("expiresDefault", { years: scheme.default_validity_years }) : undefined)
            return (
              <Field id="cert-expires" label={t("expiresAt")} hint={hint} error={errorFor("expires_at")}>
                <input
                  id="cert-expires"
                  name="expires_at"
                  type="date"
                  value={values.expires_at}
                  onChange={set("expires_at")}
                  className={inputClass}
                  {...describedBy("cert-expires", { hint, error: errorFor("expires_at") })}
                />
              </Field>
            )
          })()}
        </div>
      </section>

      <section className="space-y-3">
        <DocumentField
          id="cert-document"
          label={t("document")}
          hint={t("documentHint")}
          upload={uploader}
          locale={locale}
          error={errorFor("document_id")}
          onStateChange={onUploadState}
        />
        {!upload$.uploaded && !upload$.busy && (
          <p data-testid="draft-note" className="rounded-xl bg-gold-soft px-3.5 py-2.5 text-sm text-gold-deep">
            {t("noDocumentNote")}
          </p>
        )}
      </section>

      <div className="space-y-2">
        <button type="submit" disabled={pending || upload$.busy} className={`${primaryButtonClass} w-full sm:w-auto`}>
          {pending ? t("saving") : upload$.uploaded ? t("submit") : t("saveDraft")}
        </button>
        {upload$.busy && <p className="text-sm text-ink-soft">{t("waitUpload")}</p>}
      </div>
    </form>
  )
}
