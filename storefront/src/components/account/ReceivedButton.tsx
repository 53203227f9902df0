"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { FormAlert, primaryButtonClass } from "@/components/producer/fields"
import type { ReceivedState } from "@/lib/customer/actions"

type ReceivedButtonProps = {
  action: (state: ReceivedState, form: FormData) => Promise<ReceivedState>
  locale: string
  orderId: string
  fulfillmentId: string
  /** The group's name, so each button says whose parcel it confirms. */
  groupName: string
}

/** "I received it" for one producer group's parcel. */
export function ReceivedButton({ action, locale, orderId, fulfillmentId, groupName }: ReceivedButtonProps) {
  const t = useTranslations("Account.order")
  const [state, formAction, pending] = useActionState(action, {})
  const hintId = `received-hint-${fulfillmentId}`
  return (
    <form action={formAction} className="mt-3 space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="fulfillment_id" value={fulfillmentId} />
      {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
      <button type="submit" disabled={pending} aria-describedby={hintId} className={primaryButtonClass}>
        {pending ? t("receiving") : t("received")}
        <span className="sr-only"> ({groupName})</span>
      </button>
      <p id={hintId} className="text-xs text-ink-soft">
        {t("receivedHint")}
      </p>
    </form>
  )
}
