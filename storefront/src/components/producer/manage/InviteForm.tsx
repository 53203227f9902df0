"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { hasErrors, MEMBER_ROLES, type InviteFormState } from "@/lib/producer/manage"
import { describedBy, Field, inputClass, primaryButtonClass } from "../fields"
import { SavedNote, StateAlerts } from "./Alerts"

type InviteFormProps = {
  action: (state: InviteFormState, form: FormData) => Promise<InviteFormState>
  locale: string
  initialState?: InviteFormState
}

/** Invite by email with a role; the invite is accepted by registering with that email. */
export function InviteForm({ action, locale, initialState = {} }: InviteFormProps) {
  const t = useTranslations("Manage")
  const [state, formAction, pending] = useActionState(action, initialState)
  const fieldErrors = state.fieldErrors ?? {}
  const emailError = fieldErrors.email ? t(`errors.${fieldErrors.email}`) : undefined
  const roleError = fieldErrors.role ? t(`errors.${fieldErrors.role}`) : undefined
  const howId = "invite-how"

  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={howId}>
      <input type="hidden" name="locale" value={locale} />
      <p id={howId} className="text-sm text-ink-soft">
        {t("team.inviteHow")}
      </p>
      <StateAlerts errorKey={state.errorKey} apiError={state.apiError} hasFieldErrors={hasErrors(fieldErrors)} />
      {state.invited && (
        <SavedNote testId="invite-sent">
          {state.invited.joined
            ? t("team.joined", { email: state.invited.email })
            : t("team.invited", { email: state.invited.email })}
        </SavedNote>
      )}
      <Field id="invite-email" label={t("team.email")} error={emailError}>
        <input
          id="invite-email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={state.values?.email ?? ""}
          className={inputClass}
          {...describedBy("invite-email", { error: emailError })}
        />
      </Field>
      <fieldset>
        <legend className="block text-sm font-semibold text-ink">{t("team.role")}</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-2">
          {MEMBER_ROLES.map((role) => (
            <label key={role} className="flex min-h-11 items-start gap-3 rounded-xl border border-line bg-white p-3">
              <input
                type="radio"
                name="role"
                value={role}
                defaultChecked={(state.values?.role ?? "staff") === role}
                className="mt-1 h-5 w-5 shrink-0 accent-indigo"
              />
              <span>
                <span className="block font-semibold text-ink">{t(`roles.${role}`)}</span>
                <span className="block text-sm text-ink-soft">{t(`roleHints.${role}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {roleError && <p className="mt-1 text-sm font-medium text-clay">{roleError}</p>}
      </fieldset>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("team.sending") : t("team.sendInvite")}
      </button>
    </form>
  )
}
