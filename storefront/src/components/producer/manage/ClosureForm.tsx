"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import {
  closureValuesOf,
  hasErrors,
  type ClosureField,
  type ClosureFormState,
  type ClosureStatus,
  type GroupProfile,
} from "@/lib/producer/manage"
import { describedBy, Field, inputClass, primaryButtonClass, secondaryButtonClass } from "../fields"
import { SavedNote, StateAlerts } from "./Alerts"

type ClosureAction = (state: ClosureFormState, form: FormData) => Promise<ClosureFormState>
type ClosureFormProps = {
  save: ClosureAction
  reopen: ClosureAction
  locale: string
  group: Pick<GroupProfile, "closed_from" | "closed_until" | "closure_note_th" | "closure_note_en">
  /** Computed by the server page (closed_from <= now < closed_until). */
  status: ClosureStatus
  initialState?: ClosureFormState
}

/** The temporary closure (harvest, festival): first closed day, reopening day, a note; "reopen now". */
export function ClosureForm({ save, reopen, locale, group, status, initialState = {} }: ClosureFormProps) {
  const t = useTranslations("Manage")
  const appLocale = useLocale() as AppLocale
  // One state for both forms, so that only the latest outcome shows.
  const [state, action, pending] = useActionState(
    (previous: ClosureFormState, form: FormData) => (form.get("intent") === "reopen" ? reopen(previous, form) : save(previous, form)),
    initialState,
  )
  const [intent, setIntent] = useState<"save" | "reopen">("save")
  const current = closureValuesOf(group)
  const values = state.values ?? (status === "open" ? { ...current, closed_from: "", closed_until: "" } : current)
  const fieldErrors = state.fieldErrors ?? {}
  const error = (name: ClosureField) => (fieldErrors[name] ? t(`errors.${fieldErrors[name]}`) : undefined)
  const day = (iso: string) => formatDate(iso, appLocale, { dateStyle: "long" })
  const note = appLocale === "th" ? group.closure_note_th || group.closure_note_en : group.closure_note_en || group.closure_note_th

  const input = (name: ClosureField, label: string, options: { type?: string; hint?: string; lang?: string; placeholder?: string } = {}) => {
    const id = `closure-${name}`
    const message = error(name)
    return (
      <Field id={id} label={label} hint={options.hint} error={message}>
        <input
          id={id}
          name={name}
          type={options.type ?? "text"}
          lang={options.lang}
          placeholder={options.placeholder}
          defaultValue={values[name]}
          className={inputClass}
          {...describedBy(id, { hint: options.hint, error: message })}
        />
      </Field>
    )
  }

  return (
    <div className="space-y-5">
      <div
        data-testid="closure-status"
        data-status={status}
        className={`rounded-xl px-4 py-3 text-sm font-semibold ${status === "open" ? "bg-leaf-soft text-leaf" : "bg-gold-soft text-gold-deep"}`}
      >
        <p>
          {status === "open" || !group.closed_from || !group.closed_until
            ? t("settings.closure.statusOpen")
            : t(status === "closed" ? "settings.closure.statusClosed" : "settings.closure.statusScheduled", {
                from: day(group.closed_from),
                until: day(group.closed_until),
              })}
        </p>
        {status !== "open" && note && <p className="mt-1 font-normal">{t("settings.closure.note", { note })}</p>}
      </div>

      {state.ok && <SavedNote testId="closure-saved">{t("settings.closure.saved")}</SavedNote>}
      {state.reopened && <SavedNote testId="closure-reopened">{t("settings.closure.reopened")}</SavedNote>}
      <StateAlerts errorKey={state.errorKey} apiError={state.apiError} hasFieldErrors={hasErrors(fieldErrors)} />

      {/* Remounted when the saved closure changes, so the fields show what is stored. */}
      <form key={`${status}:${group.closed_from}:${group.closed_until}`} action={action} onSubmit={() => setIntent("save")} noValidate className="space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <div className="grid gap-4 sm:grid-cols-2">
          {input("closed_from", t("settings.closure.from"), { type: "date" })}
          {input("closed_until", t("settings.closure.until"), { type: "date", hint: t("settings.closure.untilHint") })}
        </div>
        {input("note_th", t("settings.closure.noteTh"), { lang: "th", placeholder: t("settings.closure.notePlaceholder") })}
        {input("note_en", t("settings.closure.noteEn"), { lang: "en" })}
        <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
          {pending && intent === "save" ? t("settings.saving") : t("settings.closure.save")}
        </button>
      </form>

      {status !== "open" && (
        <form action={action} onSubmit={() => setIntent("reopen")}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="intent" value="reopen" />
          <button type="submit" disabled={pending} className={`${secondaryButtonClass} w-full sm:w-auto`}>
            {pending && intent === "reopen" ? t("settings.closure.reopening") : t("settings.closure.reopen")}
          </button>
        </form>
      )}
    </div>
  )
}
