"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { Link } from "@/i18n/navigation"
import { PASSWORD_MIN_LENGTH, type SignupField, type SignupState } from "@/lib/producer/registration"
import { describedBy, FormAlert, inputClass, primaryButtonClass } from "../fields"
import { RegField } from "./parts"

type SignupFormProps = {
  action: (state: SignupState, form: FormData) => Promise<SignupState>
  locale: string
  initialState?: SignupState
}

/** Step one of joining: an email/password account with the person's name and phone. */
export function SignupForm({ action, locale, initialState = {} }: SignupFormProps) {
  const t = useTranslations("Registration")
  const [state, formAction, pending] = useActionState(action, initialState)
  const [showPassword, setShowPassword] = useState(false)
  const errors = state.fieldErrors ?? {}
  const errorText = (field: SignupField) => (errors[field] ? t(`errors.${errors[field]}`) : undefined)
  const values = state.values

  const input = (
    field: Exclude<SignupField, "password">,
    options: { label: string; hint?: string; type?: string; autoComplete: string; inputMode?: "email" | "tel" | "text" },
  ) => {
    const error = errorText(field)
    return (
      <RegField id={field} label={options.label} hint={options.hint} error={error} required>
        <input
          id={field}
          name={field}
          type={options.type ?? "text"}
          autoComplete={options.autoComplete}
          inputMode={options.inputMode}
          aria-required="true"
          defaultValue={values?.[field] ?? ""}
          className={inputClass}
          {...describedBy(field, { hint: options.hint, error })}
        />
      </RegField>
    )
  }

  const passwordHint = t("signup.passwordHint", { min: PASSWORD_MIN_LENGTH })
  const passwordError = errorText("password")
  const hasFieldErrors = Object.keys(errors).length > 0 && !state.errorKey

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="polite" className="space-y-2 empty:hidden">
        {state.errorKey === "emailTaken" && (
          <FormAlert>
            {t("signup.emailTaken")}{" "}
            <Link href="/producer/login" className="underline">
              {t("signup.signIn")}
            </Link>
          </FormAlert>
        )}
        {state.errorKey === "unavailable" && <FormAlert>{t("signup.unavailable")}</FormAlert>}
        {hasFieldErrors && <FormAlert>{t("signup.fixErrors")}</FormAlert>}
        {state.apiError && !hasFieldErrors && <FormAlert>{t("signup.apiError", { message: state.apiError })}</FormAlert>}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        {input("first_name", { label: t("signup.firstName"), autoComplete: "given-name" })}
        {input("last_name", { label: t("signup.lastName"), autoComplete: "family-name" })}
      </div>
      {input("phone", { label: t("signup.phone"), hint: t("signup.phoneHint"), type: "tel", autoComplete: "tel", inputMode: "tel" })}
      {input("email", {
        label: t("signup.email"),
        hint: t("signup.emailHint"),
        type: "email",
        autoComplete: "email",
        inputMode: "email",
      })}

      <RegField id="password" label={t("signup.password")} hint={passwordHint} error={passwordError} required>
        <input
          id="password"
          name="password"
          type={showPassword ? "text" : "password"}
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          aria-required="true"
          className={inputClass}
          {...describedBy("password", { hint: passwordHint, error: passwordError })}
        />
      </RegField>
      <label className="-mt-2 flex min-h-11 items-center gap-2.5 text-sm text-ink">
        <input
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
          className="h-5 w-5 accent-indigo"
        />
        {t("signup.showPassword")}
      </label>

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? t("signup.submitting") : t("signup.submit")}
      </button>
      <p className="text-center text-sm text-ink-soft">
        {t("signup.haveAccount")}{" "}
        <Link href="/producer/login" className="inline-flex min-h-11 items-center font-semibold text-indigo underline-offset-2 hover:underline">
          {t("signup.signIn")}
        </Link>
      </p>
    </form>
  )
}
