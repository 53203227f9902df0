"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useCallback, useMemo, useState, type FormEvent } from "react"
import { FormAlert, primaryButtonClass } from "@/components/producer/fields"
import { xhrUpload, type UploadFn } from "@/components/producer/registration/upload"
import type { AppLocale } from "@/i18n/routing"
import type { CertificationFormState } from "@/lib/producer/trust"
import { useCertificationErrorText } from "./CertificationForm"
import { DocumentField } from "./DocumentField"

type AttachDocumentFormProps = {
  locale: AppLocale
  certificationId: string
  /** Why a document is asked for (draft, rejected, or a replacement while pending). */
  intro: string
  action: (state: CertificationFormState, form: FormData) => Promise<CertificationFormState>
  upload?: UploadFn
}

/** Attaches the certificate's document to a claim saved without one; it then waits for staff. */
export function AttachDocumentForm({ locale, certificationId, intro, action, upload }: AttachDocumentFormProps) {
  const t = useTranslations("Trust")
  const errorText = useCertificationErrorText(locale)
  const [state, formAction, pending] = useActionState(action, {})
  const uploader = useMemo(() => upload ?? xhrUpload(`/${locale}/producer/certifications/upload`), [upload, locale])
  const [upload$, setUpload] = useState({ busy: false, uploaded: false })
  const onUploadState = useCallback((next: { busy: boolean; uploaded: boolean }) => setUpload(next), [])
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="attach-document-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certification_id" value={certificationId} />
      <p className="text-sm text-ink-soft">{intro}</p>
      <div aria-live="polite" className="empty:hidden">
        {state.errorKey && <FormAlert>{t(`errors.${state.errorKey}`)}</FormAlert>}
        {state.apiMessage && <FormAlert>{t("errors.api", { message: state.apiMessage })}</FormAlert>}
      </div>
      <DocumentField
        id="attach-document"
        label={t("form.document")}
        hint={t("form.documentHint")}
        upload={uploader}
        locale={locale}
        error={errorText(state.fieldErrors?.document_id, undefined)}
        onStateChange={onUploadState}
      />
      <button type="submit" disabled={pending || upload$.busy || !upload$.uploaded} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("form.saving") : t("detail.attachSubmit")}
      </button>
    </form>
  )
}
