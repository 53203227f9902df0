"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useId, useRef, useState } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import {
  needsReason,
  REASON_MAX_LENGTH,
  validateReason,
  type DecisionAction,
  type DecisionState,
  type ReasonErrorKey,
} from "@/lib/staff/validation"

export const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full border border-clay/40 bg-white px-5 py-2 font-semibold text-clay transition hover:border-clay hover:bg-clay-soft disabled:cursor-wait disabled:opacity-70"

const dangerSolidButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-clay px-5 py-2 font-semibold text-white shadow-sm transition hover:bg-clay/90 disabled:cursor-wait disabled:opacity-70"

type DecisionFormProps = {
  action: DecisionAction
  groupId: string
  locale: string
  decide: (state: DecisionState, form: FormData) => Promise<DecisionState>
  initialState?: DecisionState
}

/**
 * One decision on a registration. Approve and reinstate are a single button; reject and suspend
 * need a reason (checked here and again by the server action) and a confirmation.
 */
export function DecisionForm({ action, groupId, locale, decide, initialState = {} }: DecisionFormProps) {
  const t = useTranslations("Staff.actions")
  const [state, formAction, pending] = useActionState(decide, initialState)
  const [reason, setReason] = useState("")
  const [clientError, setClientError] = useState<ReasonErrorKey | undefined>()
  const [confirming, setConfirming] = useState(false)
  const [refocusTrigger, setRefocusTrigger] = useState(false)
  const [seenState, setSeenState] = useState(state)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const uid = useId()
  const withReason = needsReason(action)
  const reasonId = `reason-${action}`
  const confirmTextId = `${uid}-confirm`

  // A new answer of the server: its errors replace ours, and the confirmation closes.
  if (state !== seenState) {
    setSeenState(state)
    setConfirming(false)
    setClientError(undefined)
  }

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  useEffect(() => {
    if (state.fieldErrors?.reason) reasonRef.current?.focus()
  }, [state])

  // After "cancel" the trigger button is back: focus returns to it.
  useEffect(() => {
    if (!refocusTrigger) return
    triggerRef.current?.focus()
    setRefocusTrigger(false)
  }, [refocusTrigger])

  const reasonErrorKey = clientError ?? state.fieldErrors?.reason
  const reasonError = reasonErrorKey ? t(`errors.${reasonErrorKey}`, { max: REASON_MAX_LENGTH }) : undefined

  function askToConfirm() {
    const error = validateReason(action, reason)
    if (error) {
      setClientError(error)
      reasonRef.current?.focus()
      return
    }
    setClientError(undefined)
    setConfirming(true)
  }

  function cancel() {
    setConfirming(false)
    setRefocusTrigger(true)
  }

  return (
    <form action={formAction} className="space-y-3" data-testid={`decision-${action}`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="group_id" value={groupId} />
      <input type="hidden" name="action" value={action} />
      {state.errorKey && (
        <FormAlert>
          {t(`errors.${state.errorKey}`)}
          {state.apiError && <span className="mt-1 block font-normal">{t("errors.detail", { message: state.apiError })}</span>}
        </FormAlert>
      )}
      {withReason ? (
        <Field id={reasonId} label={t(`${action}Reason` as "rejectReason" | "suspendReason")} hint={t("reasonHint")} error={reasonError}>
          <textarea
            ref={reasonRef}
            id={reasonId}
            name="reason"
            rows={3}
            required
            value={reason}
            onChange={(event) => {
              setReason(event.target.value)
              if (clientError) setClientError(undefined)
            }}
            readOnly={confirming || pending}
            className={inputClass}
            {...describedBy(reasonId, { hint: t("reasonHint"), error: reasonError })}
          />
        </Field>
      ) : (
        <p className="text-sm text-ink-soft">{t(action === "approve" ? "approveHint" : "reinstateHint")}</p>
      )}

      {!withReason && (
        <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
          {pending ? t("submitting") : t(action)}
        </button>
      )}

      {withReason && !confirming && (
        <button ref={triggerRef} type="button" onClick={askToConfirm} disabled={pending} className={`${dangerButtonClass} w-full sm:w-auto`}>
          {pending ? t("submitting") : t(action)}
        </button>
      )}

      {withReason && confirming && (
        <div role="group" aria-labelledby={confirmTextId} className="space-y-3 rounded-xl border border-clay/30 bg-clay-soft p-4">
          <p id={confirmTextId} className="font-semibold text-clay">
            {t(`confirm.${action as "reject" | "suspend"}`)}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <button ref={confirmRef} type="submit" disabled={pending} className={dangerSolidButtonClass}>
              {pending ? t("submitting") : t(`confirmButton.${action as "reject" | "suspend"}`)}
            </button>
            <button type="button" onClick={cancel} disabled={pending} className={secondaryButtonClass}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
    </form>
  )
}
