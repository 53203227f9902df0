"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useId, useRef, useState } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { dangerButtonClass } from "@/components/staff/DecisionForm"
import {
  REASON_MAX_LENGTH,
  validateDecisionReason,
  type CertificationDecisionState,
  type ReasonErrorKey,
  type VerifyBlock,
} from "@/lib/staff/trust"

const dangerSolidButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-clay px-5 py-2 font-semibold text-white shadow-sm transition hover:bg-clay/90 disabled:cursor-wait disabled:opacity-70"

type Decide = (state: CertificationDecisionState, form: FormData) => Promise<CertificationDecisionState>

function ErrorAlert({ state }: { state: CertificationDecisionState }) {
  const t = useTranslations("StaffTrust.decision")
  if (!state.errorKey) return null
  return (
    <FormAlert>
      {t(`errors.${state.errorKey}`)}
      {state.apiError && <span className="mt-1 block font-normal">{t("errors.detail", { message: state.apiError })}</span>}
    </FormAlert>
  )
}

/** Verify: one button, disabled (with the reason said next to it) for drafts, decided or expired ones. */
export function VerifyForm({ certificationId, locale, block, decide }: { certificationId: string; locale: string; block: VerifyBlock | null; decide: Decide }) {
  const t = useTranslations("StaffTrust.decision")
  const [state, formAction, pending] = useActionState(decide, {})
  const blockId = useId()
  return (
    <form action={formAction} className="space-y-3" data-testid="cert-verify" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certification_id" value={certificationId} />
      <input type="hidden" name="kind" value="verify" />
      <ErrorAlert state={state} />
      <p className="text-sm text-ink-soft">{t("verifyHint")}</p>
      <button
        type="submit"
        disabled={pending || block !== null}
        aria-describedby={block ? blockId : undefined}
        className={`${primaryButtonClass} w-full disabled:cursor-not-allowed sm:w-auto`}
      >
        {pending ? t("submitting") : t("verify")}
      </button>
      {block && (
        <p id={blockId} className="text-sm font-medium text-clay" data-testid="verify-blocked" data-block={block}>
          {t(`blocked.${block}`)}
        </p>
      )}
    </form>
  )
}

/** Reject: a required reason (the producer is told it), checked here and by the server, then a confirmation. */
export function RejectForm({ certificationId, locale, decide }: { certificationId: string; locale: string; decide: Decide }) {
  const t = useTranslations("StaffTrust.decision")
  const [state, formAction, pending] = useActionState(decide, {})
  const [reason, setReason] = useState("")
  const [clientError, setClientError] = useState<ReasonErrorKey | undefined>()
  const [confirming, setConfirming] = useState(false)
  const [refocusTrigger, setRefocusTrigger] = useState(false)
  const [seenState, setSeenState] = useState(state)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const confirmTextId = useId()
  const reasonId = "cert-reject-reason"

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

  useEffect(() => {
    if (!refocusTrigger) return
    triggerRef.current?.focus()
    setRefocusTrigger(false)
  }, [refocusTrigger])

  const errorKey = clientError ?? state.fieldErrors?.reason
  const reasonError = errorKey ? t(`errors.${errorKey}`, { max: REASON_MAX_LENGTH }) : undefined

  function askToConfirm() {
    const error = validateDecisionReason("reject", reason)
    if (error) {
      setClientError(error)
      reasonRef.current?.focus()
      return
    }
    setClientError(undefined)
    setConfirming(true)
  }

  return (
    <form action={formAction} className="space-y-3" data-testid="cert-reject" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certification_id" value={certificationId} />
      <input type="hidden" name="kind" value="reject" />
      <ErrorAlert state={state} />
      <Field id={reasonId} label={t("rejectReason")} hint={t("reasonHint")} error={reasonError}>
        <textarea
          ref={reasonRef}
          id={reasonId}
          name="reason"
          rows={3}
          required
          maxLength={REASON_MAX_LENGTH + 100}
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
      {!confirming ? (
        <button ref={triggerRef} type="button" onClick={askToConfirm} disabled={pending} className={`${dangerButtonClass} w-full sm:w-auto`}>
          {pending ? t("submitting") : t("reject")}
        </button>
      ) : (
        <div role="group" aria-labelledby={confirmTextId} className="space-y-3 rounded-xl border border-clay/30 bg-clay-soft p-4">
          <p id={confirmTextId} className="font-semibold text-clay">
            {t("confirmReject")}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <button ref={confirmRef} type="submit" disabled={pending} className={dangerSolidButtonClass}>
              {pending ? t("submitting") : t("confirmRejectButton")}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false)
                setRefocusTrigger(true)
              }}
              disabled={pending}
              className={secondaryButtonClass}
            >
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
    </form>
  )
}
