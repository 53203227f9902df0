"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { hasErrors, type ProfileField, type ProfileFormState, type ProfileValues } from "@/lib/producer/manage"
import { describedBy, Field, inputClass, primaryButtonClass } from "../fields"
import { SavedNote, StateAlerts } from "./Alerts"

type ProfileFormProps = {
  action: (state: ProfileFormState, form: FormData) => Promise<ProfileFormState>
  locale: string
  handle: string
  /** The group's current values. */
  initial: ProfileValues
  initialState?: ProfileFormState
}

/** The group's public profile: names (the handle never changes), village, story, contact. */
export function ProfileForm({ action, locale, handle, initial, initialState = {} }: ProfileFormProps) {
  const t = useTranslations("Manage")
  const [state, formAction, pending] = useActionState(action, initialState)
  const values = state.values ?? initial
  const fieldErrors = state.fieldErrors ?? {}

  const field = (
    name: ProfileField,
    label: string,
    options: { hint?: string; type?: string; inputMode?: "tel" | "email" | "numeric" | "text"; multiline?: boolean; lang?: string; autoComplete?: string } = {},
  ) => {
    const error = fieldErrors[name] ? t(`errors.${fieldErrors[name]}`) : undefined
    const id = `profile-${name}`
    const common = {
      id,
      name,
      defaultValue: values[name],
      lang: options.lang,
      className: inputClass,
      ...describedBy(id, { hint: options.hint, error }),
    }
    return (
      <Field id={id} label={label} hint={options.hint} error={error}>
        {options.multiline ? (
          <textarea rows={5} {...common} />
        ) : (
          <input type={options.type ?? "text"} inputMode={options.inputMode} autoComplete={options.autoComplete ?? "off"} {...common} />
        )}
      </Field>
    )
  }
  const optional = t("settings.profile.optionalHint")

  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <StateAlerts errorKey={state.errorKey} apiError={state.apiError} hasFieldErrors={hasErrors(fieldErrors)} />
      {state.ok && <SavedNote testId="profile-saved">{t("settings.saved")}</SavedNote>}

      <div className="rounded-xl bg-paper-deep/60 px-4 py-3 text-sm">
        <p className="font-semibold text-ink">
          {t("settings.profile.handle", { handle })}
        </p>
        <p className="text-ink-soft">{t("settings.profile.handleHint")}</p>
      </div>

      {field("name_th", t("settings.profile.nameTh"), { lang: "th" })}
      {field("name_en", t("settings.profile.nameEn"), { lang: "en" })}
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_8rem]">
        {field("village_th", t("settings.profile.villageTh"), { lang: "th", hint: optional })}
        {field("village_en", t("settings.profile.villageEn"), { lang: "en", hint: optional })}
        {field("moo", t("settings.profile.moo"), { inputMode: "numeric", hint: optional })}
      </div>
      {field("story_th", t("settings.profile.storyTh"), { multiline: true, lang: "th", hint: t("settings.profile.storyHint") })}
      {field("story_en", t("settings.profile.storyEn"), { multiline: true, lang: "en", hint: optional })}

      <fieldset className="space-y-4">
        <legend className="text-base font-bold text-ink">{t("settings.profile.contact")}</legend>
        {field("phone", t("settings.profile.phone"), { type: "tel", inputMode: "tel", hint: optional, autoComplete: "tel" })}
        {field("line_id", t("settings.profile.lineId"), { hint: optional })}
        {field("email", t("settings.profile.email"), { type: "email", inputMode: "email", hint: optional, autoComplete: "email" })}
      </fieldset>

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("settings.saving") : t("settings.profile.save")}
      </button>
    </form>
  )
}
