"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { CARRIERS } from "@/lib/producer/types"
import type { ShipFormState } from "@/lib/producer/validation"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "./fields"

type ShipFormProps = {
  action: (state: ShipFormState, form: FormData) => Promise<ShipFormState>
  orderId: string
  locale: string
}

/** "Mark shipped": carrier + tracking number, posted to the order's fulfillments. */
export function ShipForm({ action, orderId, locale }: ShipFormProps) {
  const t = useTranslations("Producer")
  const [state, formAction, pending] = useActionState(action, {})
  const carrierError = state.fieldErrors?.carrier ? t(`errors.${state.fieldErrors.carrier}`) : undefined
  const trackingError = state.fieldErrors?.tracking_number ? t(`errors.${state.fieldErrors.tracking_number}`) : undefined
  const carrierId = `carrier-${orderId}`
  const trackingId = `tracking-${orderId}`
  return (
    <form action={formAction} className="space-y-3 rounded-xl bg-paper-deep/60 p-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      {state.apiError && <FormAlert>{t("orders.apiError", { message: state.apiError })}</FormAlert>}
      {state.errorKey && <FormAlert>{t(`orders.${state.errorKey}`)}</FormAlert>}
      {state.ok && (
        <p role="status" className="text-sm font-semibold text-leaf">
          {t("orders.shippedOk")}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={carrierId} label={t("orders.carrier")} error={carrierError}>
          <select
            id={carrierId}
            name="carrier"
            defaultValue=""
            className={inputClass}
            {...describedBy(carrierId, { error: carrierError })}
          >
            <option value="" disabled>
              {t("orders.chooseCarrier")}
            </option>
            {CARRIERS.map((carrier) => (
              <option key={carrier} value={carrier}>
                {t(`carriers.${carrier}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={trackingId} label={t("orders.trackingNumber")} error={trackingError}>
          <input
            id={trackingId}
            name="tracking_number"
            autoComplete="off"
            autoCapitalize="characters"
            className={inputClass}
            {...describedBy(trackingId, { error: trackingError })}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("orders.submitting") : t("orders.markShipped")}
      </button>
    </form>
  )
}
