"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent } from "react"
import { CANCEL_REASONS, type CancelFormState, type CancelReason, type OpenLine } from "@/lib/producer/edit-orders"
import { describedBy, Field, FormAlert, inputClass, secondaryButtonClass } from "../fields"

type CancelFormProps = {
  action: (state: CancelFormState, form: FormData) => Promise<CancelFormState>
  orderId: string
  lines: OpenLine[]
  locale: string
  initialState?: CancelFormState
  /** Opened from the start (tests). */
  defaultOpen?: boolean
}

const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-clay px-6 py-2.5 font-semibold text-white shadow-sm transition hover:opacity-90 disabled:cursor-wait disabled:opacity-70"

/**
 * "Cancel items" next to "mark shipped": a disclosure with a required reason (common ones to
 * pick, plus the producer's own words), the lines and quantities, and a confirmation step.
 */
export function CancelForm({ action, orderId, lines, locale, initialState = {}, defaultOpen = false }: CancelFormProps) {
  const t = useTranslations("Edit.cancel")
  const [state, formAction, pending] = useActionState(action, initialState)
  const [open, setOpen] = useState(defaultOpen)
  const [confirming, setConfirming] = useState(false)
  const [reason, setReason] = useState<CancelReason | "">("")
  const [details, setDetails] = useState("")
  const [chosen, setChosen] = useState<Record<string, boolean>>(() => Object.fromEntries(lines.map((line) => [line.id, true])))
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((line) => [line.id, String(line.left)])))
  const confirmRef = useRef<HTMLButtonElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const baseId = useId()
  const panelId = `${baseId}-panel`
  const detailsId = `${baseId}-details`
  const reasonErrorId = `${baseId}-reason-error`
  const linesErrorId = `${baseId}-lines-error`

  const fieldErrors = state.fieldErrors ?? {}
  const reasonError = fieldErrors.reason ? t(`errors.${fieldErrors.reason}`) : undefined
  const detailsError = fieldErrors.details ? t(`errors.${fieldErrors.details}`) : undefined
  const linesError = fieldErrors.lines ? t(`errors.${fieldErrors.lines}`) : undefined

  // A refused or failed request goes back to the form; a done one closes it.
  const seenState = useRef(state)
  useEffect(() => {
    if (state === seenState.current) return
    seenState.current = state
    setConfirming(false)
    if (state.ok) {
      setOpen(false)
      setReason("")
      setDetails("")
      toggleRef.current?.focus()
    }
  }, [state])

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (!confirming) {
      setConfirming(true)
      return
    }
    const form = new FormData(event.currentTarget)
    startTransition(() => formAction(form))
  }

  return (
    <div className="space-y-2">
      {state.ok && !open && (
        <p role="status" className="text-sm font-semibold text-leaf">
          {t("done")}
        </p>
      )}
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value)
          setConfirming(false)
        }}
        className={`${secondaryButtonClass} w-full border-clay/40 text-clay hover:border-clay hover:bg-clay-soft sm:w-auto`}
      >
        {open ? t("close") : t("open")}
      </button>

      {open && (
        <form id={panelId} onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-clay/30 bg-clay-soft/40 p-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="order_id" value={orderId} />
          <div>
            <h3 className="font-bold text-ink">{t("title")}</h3>
            <p className="text-sm text-ink-soft">{t("intro")}</p>
          </div>
          <div aria-live="polite" className="space-y-2 empty:hidden">
            {state.apiError && <FormAlert>{t("apiError", { message: state.apiError })}</FormAlert>}
            {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
          </div>

          <fieldset aria-describedby={reasonError ? reasonErrorId : undefined} aria-invalid={reasonError ? true : undefined}>
            <legend className="text-sm font-semibold text-ink">{t("reason")}</legend>
            <div className="mt-1 grid gap-2">
              {CANCEL_REASONS.map((code) => (
                <label
                  key={code}
                  className="flex min-h-11 items-center gap-3 rounded-xl border border-line bg-white px-3 py-2 has-[:checked]:border-clay"
                >
                  <input
                    type="radio"
                    name="reason"
                    value={code}
                    checked={reason === code}
                    onChange={() => setReason(code)}
                    className="h-5 w-5 shrink-0 accent-clay"
                  />
                  <span className="text-ink">{t(`reasons.${code}`)}</span>
                </label>
              ))}
            </div>
            {reasonError && (
              <p id={reasonErrorId} className="mt-1 text-sm font-medium text-clay">
                {reasonError}
              </p>
            )}
          </fieldset>

          <Field id={detailsId} label={t("details")} hint={t("detailsHint")} error={detailsError}>
            <textarea
              id={detailsId}
              name="details"
              rows={2}
              maxLength={400}
              value={details}
              onChange={(event) => setDetails(event.target.value)}
              className={inputClass}
              {...describedBy(detailsId, { hint: t("detailsHint"), error: detailsError })}
            />
          </Field>

          <fieldset aria-describedby={linesError ? linesErrorId : undefined}>
            <legend className="text-sm font-semibold text-ink">{t("lines")}</legend>
            <ul className="mt-1 space-y-2">
              {lines.map((line) => {
                const quantityId = `${baseId}-quantity-${line.id}`
                return (
                  <li key={line.id} className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-white px-3 py-2">
                    <label className="flex min-h-11 min-w-0 flex-1 items-center gap-3">
                      <input
                        type="checkbox"
                        name="line"
                        value={line.id}
                        checked={!!chosen[line.id]}
                        onChange={(event) => setChosen((current) => ({ ...current, [line.id]: event.target.checked }))}
                        className="h-5 w-5 shrink-0 accent-clay"
                      />
                      <span className="min-w-0">
                        <span className="block text-ink">{line.title}</span>
                        <span className="block text-xs text-ink-soft">{t("lineLeft", { count: line.left })}</span>
                      </span>
                    </label>
                    {line.left > 1 ? (
                      <span className="flex items-center gap-2">
                        <label htmlFor={quantityId} className="sr-only">
                          {t("quantity", { title: line.title })}
                        </label>
                        <input
                          id={quantityId}
                          name={`quantity.${line.id}`}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={line.left}
                          disabled={!chosen[line.id]}
                          value={quantities[line.id] ?? ""}
                          onChange={(event) => setQuantities((current) => ({ ...current, [line.id]: event.target.value }))}
                          className="block min-h-11 w-20 rounded-xl border border-line bg-white px-3 text-base text-ink"
                        />
                      </span>
                    ) : (
                      <input type="hidden" name={`quantity.${line.id}`} value={String(line.left)} />
                    )}
                  </li>
                )
              })}
            </ul>
            {linesError && (
              <p id={linesErrorId} className="mt-1 text-sm font-medium text-clay">
                {linesError}
              </p>
            )}
          </fieldset>

          {!confirming ? (
            <button type="submit" className={`${dangerButtonClass} w-full sm:w-auto`}>
              {t("next")}
            </button>
          ) : (
            <div role="group" aria-labelledby={`${baseId}-confirm`} className="space-y-3 rounded-xl bg-clay-soft p-3">
              <p id={`${baseId}-confirm`} className="font-semibold text-clay">
                {t("confirmText")}
              </p>
              <div className="flex flex-col gap-2 sm:flex-row">
                <button ref={confirmRef} type="submit" disabled={pending} className={dangerButtonClass}>
                  {pending ? t("submitting") : t("confirm")}
                </button>
                <button type="button" disabled={pending} onClick={() => setConfirming(false)} className={secondaryButtonClass}>
                  {t("back")}
                </button>
              </div>
            </div>
          )}
        </form>
      )}
    </div>
  )
}
