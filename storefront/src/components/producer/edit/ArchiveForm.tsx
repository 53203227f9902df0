"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useId, useRef, useState } from "react"
import type { ArchiveState } from "@/lib/producer/edit"
import { FormAlert, secondaryButtonClass } from "../fields"

type ArchiveFormProps = {
  action: (state: ArchiveState, form: FormData) => Promise<ArchiveState>
  productId: string
  productTitle: string
  locale: string
}

const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-clay px-6 py-2.5 font-semibold text-white shadow-sm transition hover:opacity-90 disabled:cursor-wait disabled:opacity-70"

/** "Archive" with a confirmation step: the product leaves the store (DELETE /producer/products/:id). */
export function ArchiveForm({ action, productId, productTitle, locale }: ArchiveFormProps) {
  const t = useTranslations("Edit.archive")
  const [state, formAction, pending] = useActionState(action, {})
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  const headingId = useId()
  const panelId = useId()

  // Focus follows the step: the confirm button when it appears, the archive button when cancelled.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (wasConfirming.current) openRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-2xl border border-clay/30 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={headingId} className="text-lg font-bold text-ink">
        {t("title")}
      </h2>
      <p className="text-sm text-ink-soft">{t("hint")}</p>
      <div aria-live="polite" className="empty:hidden">
        {state.apiError && <FormAlert>{t("apiError", { message: state.apiError })}</FormAlert>}
        {state.errorKey && <FormAlert>{t(state.errorKey)}</FormAlert>}
      </div>
      {!confirming ? (
        <button
          ref={openRef}
          type="button"
          aria-expanded={false}
          aria-controls={panelId}
          onClick={() => setConfirming(true)}
          className={`${secondaryButtonClass} w-full border-clay/40 text-clay hover:border-clay hover:bg-clay-soft sm:w-auto`}
        >
          {t("button")}
        </button>
      ) : (
        <form id={panelId} action={formAction} className="space-y-3 rounded-xl bg-clay-soft p-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="product_id" value={productId} />
          <p className="font-semibold text-clay">{t("confirmText", { title: productTitle })}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <button ref={confirmRef} type="submit" disabled={pending} className={dangerButtonClass}>
              {pending ? t("submitting") : t("confirm")}
            </button>
            <button type="button" disabled={pending} onClick={() => setConfirming(false)} className={secondaryButtonClass}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
