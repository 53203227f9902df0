"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { LoginState } from "@/lib/producer/validation"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "./fields"

type LoginFormProps = {
  action: (state: LoginState, form: FormData) => Promise<LoginState>
  locale: string
  initialState?: LoginState
}

export function LoginForm({ action, locale, initialState = {} }: LoginFormProps) {
  const t = useTranslations("Producer.login")
  const [state, formAction, pending] = useActionState(action, initialState)
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
      <Field id="email" label={t("email")}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state.email}
          key={state.email ?? ""}
          className={inputClass}
          {...describedBy("email", {})}
        />
      </Field>
      <Field id="password" label={t("password")}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
