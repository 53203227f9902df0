"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useEffect, useRef, useState } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "@/components/producer/fields"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import {
  CERTIFICATE_NUMBER_MAX,
  currentYearBe,
  FIRST_ROUND_BE,
  validateGradeForm,
  type GradeErrors,
  type GradeField,
  type GradeFormState,
  type GradeFormValues,
} from "@/lib/staff/trust"

type GradeFormProps = {
  productId: string
  recordGrade: (state: GradeFormState, form: FormData) => Promise<GradeFormState>
}

const FIELD_ORDER: GradeField[] = ["stars", "round_be", "score", "certificate_number", "announced_at"]

/** Records the official grade of one selection round: stars, round (BE), optional score, certificate number and date. */
export function GradeForm({ productId, recordGrade }: GradeFormProps) {
  const t = useTranslations("StaffTrust.gradeForm")
  const locale = useLocale() as AppLocale
  const [state, formAction, pending] = useActionState(recordGrade, {})
  const [clientErrors, setClientErrors] = useState<GradeErrors>({})
  const [clientRound, setClientRound] = useState("")
  const [seenState, setSeenState] = useState(state)
  const [announced, setAnnounced] = useState(state.values?.announced_at ?? "")
  const formRef = useRef<HTMLFormElement>(null)
  const thisYear = currentYearBe()

  if (state !== seenState) {
    setSeenState(state)
    setClientErrors({})
  }
  const errors: GradeErrors = { ...state.fieldErrors, ...clientErrors }
  const values: Partial<GradeFormValues> = state.values ?? {}
  const round = values.round_be || String(thisYear)

  // The first field with an error gets the focus after each answer.
  useEffect(() => {
    const field = FIELD_ORDER.find((name) => state.fieldErrors?.[name])
    if (field) formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }, [state])

  const message = (field: GradeField) => {
    const key = errors[field]
    if (!key) return undefined
    const typed = clientErrors.round_be ? clientRound : (values.round_be ?? "")
    return t(`errors.${key}`, {
      min: String(FIRST_ROUND_BE),
      max: String(thisYear + 1),
      round: typed,
      be: String(Number(typed || 0) + 543),
      maxLength: CERTIFICATE_NUMBER_MAX,
    })
  }

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? "").trim()
    const found = validateGradeForm({
      stars: text("stars"),
      round_be: text("round_be"),
      score: text("score"),
      certificate_number: text("certificate_number"),
      announced_at: text("announced_at"),
    })
    if (Object.keys(found).length) {
      event.preventDefault()
      setClientErrors(found)
      setClientRound(text("round_be"))
      const field = FIELD_ORDER.find((name) => found[name])
      if (field) event.currentTarget.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
    }
  }

  let announcedPreview: string | null = null
  if (/^\d{4}-\d{2}-\d{2}$/.test(announced)) {
    try {
      announcedPreview = formatDate(`${announced}T12:00:00+07:00`, locale, { dateStyle: "long" })
    } catch {
      announcedPreview = null
    }
  }
  const starsError = message("stars")

  return (
    <form ref={formRef} action={formAction} onSubmit={checkBeforeSending} className="space-y-4" data-testid="grade-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      {state.errorKey && (
        <FormAlert>
          {t(`errors.${state.errorKey}`)}
          {state.apiError && <span className="mt-1 block font-normal">{t("errors.detail", { message: state.apiError })}</span>}
        </FormAlert>
      )}

      <fieldset aria-describedby={starsError ? "grade-stars-error" : undefined}>
        <legend className="text-sm font-semibold text-ink">
          {t("stars")} <span aria-hidden="true">*</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((stars) => (
            <label
              key={stars}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line bg-white px-4 text-sm font-semibold text-ink has-[:checked]:border-indigo has-[:checked]:bg-indigo-soft has-[:checked]:text-indigo"
            >
              <input
                type="radio"
                name="stars"
                value={stars}
                defaultChecked={values.stars === String(stars)}
                aria-invalid={starsError ? true : undefined}
                className="h-4 w-4 accent-indigo"
              />
              {t("starsOption", { stars })}
            </label>
          ))}
        </div>
        {starsError && (
          <p id="grade-stars-error" className="mt-1 text-sm font-medium text-clay">
            {starsError}
          </p>
        )}
      </fieldset>

      <Field id="grade-round" label={`${t("round")} *`} hint={t("roundHint", { year: String(thisYear) })} error={message("round_be")}>
        <input
          id="grade-round"
          name="round_be"
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={4}
          defaultValue={round}
          className={`${inputClass} max-w-40`}
          {...describedBy("grade-round", { hint: t("roundHint", { year: String(thisYear) }), error: message("round_be") })}
        />
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="grade-score" label={t("score")} hint={t("scoreHint")} error={message("score")}>
          <input
            id="grade-score"
            name="score"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values.score ?? ""}
            className={inputClass}
            {...describedBy("grade-score", { hint: t("scoreHint"), error: message("score") })}
          />
        </Field>
        <Field id="grade-certificate" label={t("certificate")} hint={t("certificateHint")} error={message("certificate_number")}>
          <input
            id="grade-certificate"
            name="certificate_number"
            autoComplete="off"
            maxLength={CERTIFICATE_NUMBER_MAX + 20}
            defaultValue={values.certificate_number ?? ""}
            className={inputClass}
            {...describedBy("grade-certificate", { hint: t("certificateHint"), error: message("certificate_number") })}
          />
        </Field>
      </div>

      <Field id="grade-announced" label={t("announced")} hint={t("announcedHint")} error={message("announced_at")}>
        <input
          id="grade-announced"
          name="announced_at"
          type="date"
          value={announced}
          onChange={(event) => setAnnounced(event.target.value)}
          className={`${inputClass} max-w-56`}
          {...describedBy("grade-announced", { hint: t("announcedHint"), error: message("announced_at") })}
        />
      </Field>
      {announcedPreview && (
        <p className="-mt-2 text-sm text-ink-soft" aria-live="polite" data-testid="announced-preview">
          {t("announcedPreview", { date: announcedPreview })}
        </p>
      )}

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
