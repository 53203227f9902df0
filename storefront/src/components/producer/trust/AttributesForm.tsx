"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "@/components/producer/fields"
import type { AppLocale } from "@/i18n/routing"
import type { AttributesErrorKey, AttributesField, AttributesFormState, AttributesValues, TrustVocabularies, VocabularyTerm } from "@/lib/producer/trust"

type AttributesFormProps = {
  locale: AppLocale
  productId: string
  /** Fabric attributes are for textile products only. */
  textile: boolean
  vocabularies: Omit<TrustVocabularies, "certification_schemes">
  initialValues: AttributesValues
  action: (state: AttributesFormState, form: FormData) => Promise<AttributesFormState>
}

type ListField = "techniques" | "soft_power" | "campaigns"

const termLabel = (term: VocabularyTerm, locale: AppLocale) => (locale === "en" ? term.en || term.th : term.th || term.en)

/**
 * Fabric facts (textiles only), soft-power sectors and campaigns of one product, from the fixed
 * vocabularies of GET /store/vocabularies; every refusal is shown at its field.
 */
export function AttributesForm({ locale, productId, textile, vocabularies, initialValues, action }: AttributesFormProps) {
  const t = useTranslations("Trust.attributes")
  const tErrors = useTranslations("Trust.errors")
  const tForm = useTranslations("Trust.form")
  const [state, formAction, pending] = useActionState(action, {})
  const [values, setValues] = useState<AttributesValues>(state.values ?? initialValues)
  const formRef = useRef<HTMLFormElement>(null)
  const errors = state.fieldErrors ?? {}
  const errorFor = (field: AttributesField) => (errors[field] ? t(`errors.${errors[field] as AttributesErrorKey}`) : undefined)

  // Sent by hand: React's automatic form reset would put the selects back to their first values.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  useEffect(() => {
    if (!state.fieldErrors) return
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus()
  }, [state])

  const setText = (field: Exclude<keyof AttributesValues, ListField>) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))
  const toggle = (field: ListField, code: string, on: boolean) =>
    setValues((current) => ({ ...current, [field]: on ? [...current[field], code] : current[field].filter((entry) => entry !== code) }))
  const chooseRoyalPattern = (code: string) =>
    setValues((current) => {
      const known = vocabularies.royal_pattern.find((term) => term.code === code)?.year_be
      // Prefill the pattern's known year; a year the producer typed is kept.
      const keepYear = current.royal_pattern_year_be && current.royal_pattern_year_be !== String(vocabularies.royal_pattern.find((term) => term.code === current.royal_pattern)?.year_be ?? "")
      return { ...current, royal_pattern: code, royal_pattern_year_be: keepYear ? current.royal_pattern_year_be : known ? String(known) : "" }
    })

  const select = (field: "fiber" | "dye" | "fabric_type", id: string, label: string, terms: VocabularyTerm[]) => (
    <Field id={id} label={label} error={errorFor(field)}>
      <select id={id} name={field} value={values[field]} onChange={setText(field)} className={inputClass} {...describedBy(id, { error: errorFor(field) })}>
        <option value="">{t("none")}</option>
        {terms.map((term) => (
          <option key={term.code} value={term.code}>
            {termLabel(term, locale)}
          </option>
        ))}
      </select>
    </Field>
  )

  const checkboxes = (field: ListField, id: string, legend: string, terms: VocabularyTerm[], hint?: string) => {
    const error = errorFor(field)
    return (
      <fieldset aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined} data-testid={`attributes-${field}`}>
        <legend className="text-sm font-semibold text-ink">{legend}</legend>
        {hint && (
          <p id={`${id}-hint`} className="mt-0.5 text-xs text-ink-soft">
            {hint}
          </p>
        )}
        <div className="mt-2 grid grid-cols-1 gap-1.5 min-[400px]:grid-cols-2">
          {terms.map((term) => {
            const checked = values[field].includes(term.code)
            return (
              <label
                key={term.code}
                className={`flex min-h-11 cursor-pointer items-center gap-2.5 rounded-xl border px-3 py-2 text-sm transition ${checked ? "border-indigo bg-indigo-soft/60 text-indigo" : "border-line bg-white text-ink"}`}
              >
                <input
                  type="checkbox"
                  name={field}
                  value={term.code}
                  checked={checked}
                  onChange={(event) => toggle(field, term.code, event.target.checked)}
                  aria-invalid={error ? true : undefined}
                  className="h-5 w-5 shrink-0 accent-indigo"
                />
                <span>{termLabel(term, locale)}</span>
              </label>
            )
          })}
        </div>
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-clay">
            {error}
          </p>
        )}
      </fieldset>
    )
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="attributes-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="textile" value={textile ? "1" : "0"} />
      <div aria-live="polite" className="empty:hidden">
        {Object.keys(errors).length > 0 && <FormAlert>{tForm("errorSummary")}</FormAlert>}
        {state.errorKey && <FormAlert>{tErrors(state.errorKey)}</FormAlert>}
        {state.apiMessage && <FormAlert>{tErrors("api", { message: state.apiMessage })}</FormAlert>}
      </div>

      {textile ? (
        <section aria-labelledby="fabric-title" className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
          <div>
            <h2 id="fabric-title" className="text-lg font-bold text-ink">
              {t("fabric")}
            </h2>
            <p className="text-xs text-ink-soft">{t("fabricIntro")}</p>
          </div>
          {select("fiber", "attr-fiber", t("fiber"), vocabularies.fiber)}
          {checkboxes("techniques", "attr-techniques", t("techniques"), vocabularies.technique)}
          {select("dye", "attr-dye", t("dye"), vocabularies.dye)}
          {select("fabric_type", "attr-fabric-type", t("fabricType"), vocabularies.fabric_type)}
          <Field id="attr-royal-pattern" label={t("royalPattern")} error={errorFor("royal_pattern")}>
            <select
              id="attr-royal-pattern"
              name="royal_pattern"
              value={values.royal_pattern}
              onChange={(event) => chooseRoyalPattern(event.target.value)}
              className={inputClass}
              {...describedBy("attr-royal-pattern", { error: errorFor("royal_pattern") })}
            >
              <option value="">{t("none")}</option>
              {vocabularies.royal_pattern.map((term) => (
                <option key={term.code} value={term.code}>
                  {termLabel(term, locale)}
                </option>
              ))}
            </select>
          </Field>
          {values.royal_pattern && (
            <Field id="attr-royal-year" label={t("royalPatternYear")} hint={t("royalPatternYearHint")} error={errorFor("royal_pattern_year_be")}>
              <input
                id="attr-royal-year"
                name="royal_pattern_year_be"
                inputMode="numeric"
                maxLength={4}
                value={values.royal_pattern_year_be}
                onChange={setText("royal_pattern_year_be")}
                className={inputClass}
                {...describedBy("attr-royal-year", { hint: t("royalPatternYearHint"), error: errorFor("royal_pattern_year_be") })}
              />
            </Field>
          )}
          <Field id="attr-provincial" label={t("provincialPattern")} hint={t("provincialPatternHint")} error={errorFor("provincial_pattern")}>
            <input
              id="attr-provincial"
              name="provincial_pattern"
              value={values.provincial_pattern}
              onChange={setText("provincial_pattern")}
              maxLength={120}
              className={inputClass}
              {...describedBy("attr-provincial", { hint: t("provincialPatternHint"), error: errorFor("provincial_pattern") })}
            />
          </Field>
          <Field id="attr-hand-woven" label={t("handWoven")} error={errorFor("hand_woven")}>
            <select id="attr-hand-woven" name="hand_woven" value={values.hand_woven} onChange={setText("hand_woven")} className={inputClass} {...describedBy("attr-hand-woven", { error: errorFor("hand_woven") })}>
              <option value="">{t("handWovenUnknown")}</option>
              <option value="yes">{t("handWovenYes")}</option>
              <option value="no">{t("handWovenNo")}</option>
            </select>
          </Field>
          {errorFor("fabric") && <p className="text-sm font-medium text-clay">{errorFor("fabric")}</p>}
        </section>
      ) : (
        <p className="rounded-xl bg-paper-deep px-4 py-3 text-sm text-ink-soft">{t("notTextileNote")}</p>
      )}

      <section aria-labelledby="soft-power-title" className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <h2 id="soft-power-title" className="text-lg font-bold text-ink">
          {t("softPower")}
        </h2>
        {checkboxes("soft_power", "attr-soft-power", t("softPower"), vocabularies.soft_power, t("softPowerHint"))}
        {checkboxes("campaigns", "attr-campaigns", t("campaigns"), vocabularies.campaign)}
      </section>

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  )
}
