"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "@/components/producer/fields"
import type { LoginState } from "@/lib/staff/validation"

type StaffLoginFormProps = {
  action: (state: LoginState, form: FormData) => Promise<LoginState>
  locale: string
  initialState?: LoginState
}

/** Email and password of a CDD officer; errors in the page's language. */
export function StaffLoginForm({ action, locale, initialState = {} }: StaffLoginFormProps) {
  const t = useTranslations("Staff.login")
  const [state, formAction, pending] = useActionState(action, initialState)
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
      <Field id="staff-email" label={t("email")}>
        <input
          id="staff-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state.email}
          key={state.email ?? ""}
          className={inputClass}
          {...describedBy("staff-email", {})}
        />
      </Field>
      <Field id="staff-password" label={t("password")}>
        <input id="staff-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
