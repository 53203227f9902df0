"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react"
import { Link } from "@/i18n/navigation"
import {
  fileErrorKey,
  IMPORT_MODES,
  isImportColumn,
  summarizeImport,
  type ImportFormState,
  type ImportMode,
  type ImportRowError,
} from "@/lib/producer/manage"
import { describedBy, Field, primaryButtonClass, secondaryButtonClass } from "../fields"
import { StateAlerts } from "./Alerts"

type ImportFormProps = {
  action: (state: ImportFormState, form: FormData) => Promise<ImportFormState>
  locale: string
  initialState?: ImportFormState
}

/**
 * Upload a CSV and choose explicitly: import only a fully valid file (default) or only the valid
 * rows. The form is sent by hand (not through the form's action) so that the chosen file stays
 * selected for a second try in the other mode.
 */
export function ImportForm({ action, locale, initialState = {} }: ImportFormProps) {
  const t = useTranslations("Manage")
  const [state, formAction, pending] = useActionState(action, initialState)
  const [mode, setMode] = useState<ImportMode>("all")
  const formRef = useRef<HTMLFormElement>(null)
  const fileError = state.fieldErrors?.file ? t(`errors.${state.fieldErrors.file}`) : undefined
  const fileHint = t("import.fileHint")

  const send = (chosen: ImportMode) => {
    if (!formRef.current) return
    const data = new FormData(formRef.current)
    data.set("mode", chosen)
    startTransition(() => formAction(data))
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    send(mode)
  }
  const importValidNow = () => {
    setMode("valid_only")
    send("valid_only")
  }

  return (
    <div className="space-y-5">
      <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" encType="multipart/form-data">
        <input type="hidden" name="locale" value={locale} />
        <StateAlerts errorKey={state.errorKey} apiError={state.apiError} />
        <Field id="import-file" label={t("import.file")} hint={fileHint} error={fileError}>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="mt-1 block w-full rounded-xl border border-dashed border-line bg-white px-3 py-3 text-sm text-ink-soft file:mr-3 file:min-h-9 file:rounded-full file:border-0 file:bg-indigo-soft file:px-4 file:py-1.5 file:font-semibold file:text-indigo"
            {...describedBy("import-file", { hint: fileHint, error: fileError })}
          />
        </Field>
        <fieldset>
          <legend className="block text-sm font-semibold text-ink">{t("import.modeLegend")}</legend>
          <div className="mt-1 space-y-2">
            {IMPORT_MODES.map((value) => (
              <label
                key={value}
                className={`flex min-h-11 items-start gap-3 rounded-xl border p-3 ${mode === value ? "border-indigo bg-indigo-soft/60" : "border-line bg-white"}`}
              >
                <input
                  type="radio"
                  name="mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                  className="mt-1 h-5 w-5 shrink-0 accent-indigo"
                />
                <span>
                  <span className="block font-semibold text-ink">{value === "all" ? t("import.modeAll") : t("import.modeValid")}</span>
                  <span className="block text-sm text-ink-soft">{value === "all" ? t("import.modeAllHint") : t("import.modeValidHint")}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
          {pending ? t("import.submitting") : t("import.submit")}
        </button>
      </form>

      <div aria-live="polite">{state.result && <ImportResult state={state} pending={pending} onImportValid={importValidNow} />}</div>
    </div>
  )
}

function ImportResult({
  state,
  pending,
  onImportValid,
}: {
  state: ImportFormState
  pending: boolean
  onImportValid: () => void
}) {
  const t = useTranslations("Manage.import")
  const result = state.result!
  const summary = summarizeImport(result)
  const success = summary.imported > 0
  return (
    <section
      data-testid="import-result"
      data-mode={summary.mode}
      data-imported={summary.imported}
      aria-labelledby="import-result-title"
      className={`space-y-3 rounded-2xl border p-4 ${success ? "border-leaf/30 bg-leaf-soft/60" : "border-clay/30 bg-clay-soft/50"}`}
    >
      <h2 id="import-result-title" className="break-all text-lg font-bold text-ink">
        {t("result.title", { file: result.fileName })}
      </h2>
      <p className="text-sm font-semibold text-ink" data-testid="import-mode">
        {t("result.modeUsed", { mode: t(`modes.${summary.mode}`) })}
      </p>
      <ul className="space-y-1 text-sm text-ink">
        {summary.rows > 0 && <li>{t("result.rows", { count: summary.rows })}</li>}
        {success ? (
          <>
            <li className="font-semibold text-leaf" data-testid="import-created">
              {t("result.imported", { count: summary.imported })}
            </li>
            {summary.badRows > 0 && <li data-testid="import-skipped">{t("result.skipped", { count: summary.badRows })}</li>}
          </>
        ) : (
          <>
            <li className="font-semibold text-clay" data-testid="import-nothing">
              {t("result.nothingImported")}
            </li>
            {summary.fileLevel ? (
              <li>{t("result.fileProblem")}</li>
            ) : (
              summary.badRows > 0 && <li>{t("result.badRows", { count: summary.badRows })}</li>
            )}
            {summary.mode === "all" && summary.heldBack > 0 && <li>{t("result.heldBack", { count: summary.heldBack })}</li>}
          </>
        )}
      </ul>
      <div className="flex flex-wrap gap-2">
        {!success && summary.mode === "all" && summary.heldBack > 0 && (
          <button type="button" disabled={pending} onClick={onImportValid} className={secondaryButtonClass}>
            {t("result.importValidNow", { count: summary.heldBack })}
          </button>
        )}
        {success && (
          <Link href="/producer/products" className={secondaryButtonClass}>
            {t("result.viewProducts")}
          </Link>
        )}
      </div>
      {result.errors.length > 0 && <ErrorTable errors={result.errors} />}
    </section>
  )
}

/** The problems by row and column: localized headings and hints, the backend's message as a detail. */
export function ErrorTable({ errors }: { errors: ImportRowError[] }) {
  const t = useTranslations("Manage.import")
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-white">
      <table data-testid="import-errors" className="w-full text-left text-sm">
        <caption className="px-2 pt-3 text-left text-sm font-semibold text-ink sm:px-3">{t("table.caption")}</caption>
        <thead>
          <tr className="border-b border-line text-ink-soft">
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">
              {t("table.row")}
            </th>
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">
              {t("table.column")}
            </th>
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">
              {t("table.problem")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {errors.map((error, index) => {
            const fileKey = fileErrorKey(error)
            const column = isImportColumn(error.column) ? error.column : null
            return (
              <tr key={`${error.row}-${error.column}-${index}`} data-row={error.row} data-column={error.column} className="align-top">
                <th scope="row" className="whitespace-nowrap px-2 py-2 sm:px-3 font-semibold text-ink">
                  {error.row > 0 ? t("table.rowNumber", { row: error.row }) : t("table.wholeFile")}
                </th>
                <td className="px-2 py-2 sm:px-3 text-ink">
                  {column ? (
                    <>
                      <span className="block">{t(`columns.${column}`)}</span>
                      <code className="text-xs text-ink-soft">{column}</code>
                    </>
                  ) : (
                    error.column && <code className="text-xs">{error.column}</code>
                  )}
                </td>
                <td className="px-2 py-2 [overflow-wrap:anywhere] sm:px-3">
                  <span className="block text-ink">
                    {fileKey === "missingColumns"
                      ? t("fileErrors.missingColumns", { columns: error.column })
                      : fileKey
                        ? t(`fileErrors.${fileKey}`)
                        : column
                        ? t(`columnHints.${column}`)
                        : error.message}
                  </span>
                  {(fileKey || column) && (
                    <span className="mt-0.5 block text-xs text-ink-soft">
                      {t("table.detail", { message: error.message })}
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
