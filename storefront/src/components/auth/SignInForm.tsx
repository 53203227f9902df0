"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "@/components/producer/fields"
import type { SignInMessageKey, SignInNamespace, SignInState } from "@/lib/auth/state"

type SignInFormProps = {
  action: (state: SignInState, form: FormData) => Promise<SignInState>
  locale: string
  /** Where the labels and errors come from: the producer portal, the staff desk or the shop. */
  namespace: SignInNamespace
  /** Keeps the ids apart when a page could hold two forms ("staff-" → staff-email). */
  idPrefix?: string
  /** Extra hidden fields for the action (e.g. the page to return to). */
  hidden?: Record<string, string>
  initialState?: SignInState
}

/** Email and password, with errors in the page's language: the one sign-in form of every area. */
export function SignInForm({ action, locale, namespace, idPrefix = "", hidden = {}, initialState = {} }: SignInFormProps) {
  // Each namespace has the same keys (checked by SignInForm.test); the union defeats key typing.
  const t = useTranslations(namespace) as unknown as (key: SignInMessageKey | NonNullable<SignInState["errorKey"]>) => string
  const [state, formAction, pending] = useActionState(action, initialState)
  const emailId = `${idPrefix}email`
  const passwordId = `${idPrefix}password`
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
      <Field id={emailId} label={t("email")}>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state.email}
          key={state.email ?? ""}
          className={inputClass}
          {...describedBy(emailId, {})}
        />
      </Field>
      <Field id={passwordId} label={t("password")}>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
