"use client"

import { useTranslations } from "next-intl"
import type { ManageApiErrorKey } from "@/lib/producer/manage"
import { FormAlert } from "../fields"

/** The form-level messages of a management form: known failures, the backend's detail, "fix the marked fields". */
export function StateAlerts({
  errorKey,
  apiError,
  hasFieldErrors = false,
}: {
  errorKey?: ManageApiErrorKey
  apiError?: string
  hasFieldErrors?: boolean
}) {
  const t = useTranslations("Manage.apiErrors")
  return (
    <div aria-live="polite" className="space-y-2 empty:hidden">
      {errorKey && <FormAlert>{t(errorKey)}</FormAlert>}
      {apiError && <FormAlert>{t("failed", { message: apiError })}</FormAlert>}
      {hasFieldErrors && <FormAlert>{t("fixErrors")}</FormAlert>}
    </div>
  )
}

/** A polite success line. */
export function SavedNote({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <p role="status" data-testid={testId} className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
      {children}
    </p>
  )
}
