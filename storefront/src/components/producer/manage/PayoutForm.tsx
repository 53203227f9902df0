"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react"
import { BANK_CODES, hasErrors, isKnownBank, type GroupPayout, type PayoutField, type PayoutFormState } from "@/lib/producer/manage"
import { describedBy, Field, inputClass, primaryButtonClass } from "../fields"
import { SavedNote, StateAlerts } from "./Alerts"

type PayoutFormProps = {
  action: (state: PayoutFormState, form: FormData) => Promise<PayoutFormState>
  locale: string
  /** As the backend returns it: numbers masked (••••••7890). */
  payout: GroupPayout | null
  initialState?: PayoutFormState
}

/** Payout details: shown masked; new numbers are typed in full, empty keeps the current ones. */
export function PayoutForm({ action, locale, payout, initialState = {} }: PayoutFormProps) {
  const t = useTranslations("Manage")
  const [state, formAction, pending] = useActionState(action, initialState)
  const formRef = useRef<HTMLFormElement>(null)
  // Sent by hand: React's automatic reset after a form action puts a <select> back to its
  // server-rendered option, which would lose the bank the producer chose.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  // Once saved, the full numbers leave the screen; only the masked ones remain.
  useEffect(() => {
    const form = formRef.current
    if (!state.ok || !form) return
    for (const name of ["account_number", "promptpay_id", "clear_account", "clear_promptpay"]) {
      const field = form.elements.namedItem(name)
      if (!(field instanceof HTMLInputElement)) continue
      if (field.type === "checkbox") field.checked = false
      else field.value = ""
    }
  }, [state])
  const fieldErrors = state.fieldErrors ?? {}
  const bankCode = state.values?.bank_code ?? payout?.bank_code ?? ""
  const accountName = state.values?.account_name ?? payout?.account_name ?? ""
  const bankName = (code: string) => (isKnownBank(code) ? t(`settings.payout.banks.${code}`) : code)
  const error = (name: PayoutField) => (fieldErrors[name] ? t(`errors.${fieldErrors[name]}`) : undefined)
  const hasAny = !!(payout?.bank_code || payout?.account_name || payout?.account_number_masked || payout?.promptpay_id_masked)

  const bankError = error("bank_code")
  const nameError = error("account_name")
  const numberError = error("account_number")
  const promptpayError = error("promptpay_id")
  const numberHint = t("settings.payout.accountNumberHint")
  const promptpayHint = t("settings.payout.promptpayHint")

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <StateAlerts errorKey={state.errorKey} apiError={state.apiError} hasFieldErrors={hasErrors(fieldErrors)} />
      {state.ok && <SavedNote testId="payout-saved">{t("settings.saved")}</SavedNote>}

      <div data-testid="payout-current" className="rounded-xl bg-paper-deep/60 px-4 py-3 text-sm">
        <p className="font-semibold text-ink">{t("settings.payout.current")}</p>
        {hasAny ? (
          <ul className="mt-1 space-y-0.5 text-ink-soft">
            {payout?.bank_code && <li>{t("settings.payout.currentBank", { bank: bankName(payout.bank_code) })}</li>}
            {payout?.account_name && <li>{t("settings.payout.currentAccountName", { name: payout.account_name })}</li>}
            {payout?.account_number_masked && (
              <li data-testid="payout-account-masked">
                {t("settings.payout.currentAccount", { masked: payout.account_number_masked })}
              </li>
            )}
            {payout?.promptpay_id_masked && (
              <li data-testid="payout-promptpay-masked">
                {t("settings.payout.currentPromptpay", { masked: payout.promptpay_id_masked })}
              </li>
            )}
          </ul>
        ) : (
          <p className="mt-1 text-ink-soft">{t("settings.payout.none")}</p>
        )}
      </div>

      <Field id="payout-bank" label={t("settings.payout.bank")} error={bankError}>
        <select id="payout-bank" name="bank_code" defaultValue={bankCode} className={inputClass} {...describedBy("payout-bank", { error: bankError })}>
          <option value="">{t("settings.payout.chooseBank")}</option>
          {bankCode && !isKnownBank(bankCode) && <option value={bankCode}>{bankCode}</option>}
          {BANK_CODES.map((code) => (
            <option key={code} value={code}>
              {bankName(code)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="payout-account-name" label={t("settings.payout.accountName")} error={nameError}>
        <input
          id="payout-account-name"
          name="account_name"
          defaultValue={accountName}
          autoComplete="off"
          className={inputClass}
          {...describedBy("payout-account-name", { error: nameError })}
        />
      </Field>
      <Field id="payout-account-number" label={t("settings.payout.accountNumber")} hint={numberHint} error={numberError}>
        <input
          id="payout-account-number"
          name="account_number"
          inputMode="numeric"
          autoComplete="off"
          placeholder={payout?.account_number_masked ?? undefined}
          className={inputClass}
          {...describedBy("payout-account-number", { hint: numberHint, error: numberError })}
        />
      </Field>
      {payout?.account_number_masked && (
        <label className="flex min-h-11 items-center gap-3 text-sm text-ink">
          <input type="checkbox" name="clear_account" className="h-5 w-5 shrink-0 accent-clay" />
          {t("settings.payout.clearAccount")}
        </label>
      )}
      <Field id="payout-promptpay" label={t("settings.payout.promptpay")} hint={promptpayHint} error={promptpayError}>
        <input
          id="payout-promptpay"
          name="promptpay_id"
          inputMode="numeric"
          autoComplete="off"
          placeholder={payout?.promptpay_id_masked ?? undefined}
          className={inputClass}
          {...describedBy("payout-promptpay", { hint: promptpayHint, error: promptpayError })}
        />
      </Field>
      {payout?.promptpay_id_masked && (
        <label className="flex min-h-11 items-center gap-3 text-sm text-ink">
          <input type="checkbox" name="clear_promptpay" className="h-5 w-5 shrink-0 accent-clay" />
          {t("settings.payout.clearPromptpay")}
        </label>
      )}

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("settings.saving") : t("settings.payout.save")}
      </button>
    </form>
  )
}
