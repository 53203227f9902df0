"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { describedBy, FormAlert, inputClass, primaryButtonClass } from "@/components/producer/fields"
import { RegField } from "@/components/producer/registration/parts"
import { PASSWORD_MIN_LENGTH, type RegisterField, type RegisterState } from "@/lib/customer/validation"

type RegisterFormProps = {
  action: (state: RegisterState, form: FormData) => Promise<RegisterState>
  locale: string
  /** The account page to return to afterwards. */
  next?: string
  initialState?: RegisterState
}

/** A shopper's account: name, email, optional phone and a password that is not too easy to guess. */
export function RegisterForm({ action, locale, next, initialState = {} }: RegisterFormProps) {
  const t = useTranslations("Account")
  const [state, formAction, pending] = useActionState(action, initialState)
  const [showPassword, setShowPassword] = useState(false)
  const errors = state.fieldErrors ?? {}
  const errorText = (field: RegisterField) => (errors[field] ? t(`errors.${errors[field]}`) : undefined)
  // Controlled: what was typed survives React's reset of the form after each answer.
  const [fields, setFields] = useState({
    first_name: state.values?.first_name ?? "",
    last_name: state.values?.last_name ?? "",
    email: state.values?.email ?? "",
    phone: state.values?.phone ?? "",
    password: "",
  })
  const change = (field: RegisterField) => (event: { target: { value: string } }) => setFields((all) => ({ ...all, [field]: event.target.value }))

  const input = (
    field: Exclude<RegisterField, "password">,
    options: { label: string; hint?: string; type?: string; autoComplete: string; inputMode?: "email" | "tel"; required?: boolean },
  ) => {
    const error = errorText(field)
    const required = options.required ?? true
    return (
      <RegField id={`register-${field}`} label={options.label} hint={options.hint} error={error} required={required}>
        <input
          id={`register-${field}`}
          name={field}
          type={options.type ?? "text"}
          autoComplete={options.autoComplete}
          inputMode={options.inputMode}
          aria-required={required ? "true" : undefined}
          value={fields[field]}
          onChange={change(field)}
          className={inputClass}
          {...describedBy(`register-${field}`, { hint: options.hint, error })}
        />
      </RegField>
    )
  }

  const passwordHint = t("register.passwordHint", { min: PASSWORD_MIN_LENGTH })
  const passwordError = errorText("password")

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div aria-live="polite" className="empty:hidden">
        {state.errorKey && <FormAlert>{t(`register.${state.errorKey}`)}</FormAlert>}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {input("first_name", { label: t("register.firstName"), autoComplete: "given-name" })}
        {input("last_name", { label: t("register.lastName"), autoComplete: "family-name" })}
      </div>
      {input("email", { label: t("register.email"), hint: t("register.emailHint"), type: "email", autoComplete: "email", inputMode: "email" })}
      {input("phone", { label: t("register.phone"), hint: t("register.phoneHint"), type: "tel", autoComplete: "tel", inputMode: "tel", required: false })}
      <RegField id="register-password" label={t("register.password")} hint={passwordHint} error={passwordError} required>
        <input
          id="register-password"
          name="password"
          type={showPassword ? "text" : "password"}
          autoComplete="new-password"
          aria-required="true"
          value={fields.password}
          onChange={change("password")}
          className={inputClass}
          {...describedBy("register-password", { hint: passwordHint, error: passwordError })}
        />
      </RegField>
      <label className="-mt-2 flex min-h-11 items-center gap-2.5 text-sm text-ink">
        <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} className="h-5 w-5 accent-indigo" />
        {t("register.showPassword")}
      </label>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? t("register.submitting") : t("register.submit")}
      </button>
    </form>
  )
}
