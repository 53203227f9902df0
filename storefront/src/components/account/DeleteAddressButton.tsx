"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef, useState } from "react"
import { FormAlert } from "@/components/producer/fields"
import type { DeleteAddressState } from "@/lib/customer/actions"

type DeleteAddressButtonProps = {
  action: (state: DeleteAddressState, form: FormData) => Promise<DeleteAddressState>
  locale: string
  addressId: string
  /** Whose address, for the buttons' names. */
  name: string
}

/** Delete asks once more (no browser dialog: the question is part of the page, and keyboard-reachable). */
export function DeleteAddressButton({ action, locale, addressId, name }: DeleteAddressButtonProps) {
  const t = useTranslations("Account.addresses")
  const [state, formAction, pending] = useActionState(action, {})
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (asking) confirmRef.current?.focus()
  }, [asking])
  const linkClass = "inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold"
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} aria-label={t("deleteAddress", { name })} className={`${linkClass} text-clay hover:bg-clay-soft`}>
        {t("delete")}
      </button>
    )
  }
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" role="group" aria-label={t("confirmDelete")}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="address_id" value={addressId} />
      {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
      <span className="text-sm font-semibold text-ink">{t("confirmDelete")}</span>
      <button ref={confirmRef} type="submit" disabled={pending} className={`${linkClass} bg-clay text-white hover:bg-clay/90`}>
        {pending ? t("deleting") : t("confirmYes")}
      </button>
      <button type="button" onClick={() => setAsking(false)} className={`${linkClass} text-indigo hover:bg-indigo-soft`}>
        {t("keep")}
      </button>
    </form>
  )
}
