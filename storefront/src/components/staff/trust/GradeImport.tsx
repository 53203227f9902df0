"use client"

import { useLocale, useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import {
  appliedCount,
  checkCsvFile,
  currentYearBe,
  FIRST_ROUND_BE,
  rejectReasonKey,
  TEMPLATE_HEADERS,
  validateRoundBe,
  type ImportAnswer,
  type ImportErrorKey,
} from "@/lib/staff/trust"
import type { GradeImportResult, ImportRejectedRow } from "@/lib/staff/trust-types"

const IMPORT_URL = "/api/staff/grades/import"
const TEMPLATE_URL = "/api/staff/grades/template"

/**
 * Sends the CSV with XMLHttpRequest (fetch cannot report upload progress). Never rejects:
 * network failures resolve as { error: "unavailable" }.
 */
function sendCsv(file: File, round: string, dryRun: boolean, onProgress: (percent: number) => void): Promise<ImportAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open("POST", IMPORT_URL)
    request.responseType = "json"
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)))
    }
    request.upload.onload = () => onProgress(100)
    request.onload = () => {
      const body = request.response as ImportAnswer | null
      if (body && ("result" in body || "error" in body)) resolve(body)
      else resolve({ error: request.status === 401 ? "session" : "unavailable" })
    }
    request.onerror = () => resolve({ error: "unavailable" })
    request.onabort = () => resolve({ error: "unavailable" })
    const form = new FormData()
    form.append("file", file, file.name)
    form.append("round_be", round)
    form.append("dry_run", String(dryRun))
    request.send(form)
  })
}

type Phase =
  | { step: "idle" }
  | { step: "sending"; dryRun: boolean; percent: number }
  | { step: "preview"; result: GradeImportResult }
  | { step: "applied"; result: GradeImportResult }

/** CDD's open-data CSV of one round: a dry run lists what matches and what does not, then "apply" writes it all at once. */
export function GradeImport() {
  const t = useTranslations("StaffTrust.import")
  const locale = useLocale() as AppLocale
  const thisYear = currentYearBe()
  const [file, setFile] = useState<File | null>(null)
  const [round, setRound] = useState(String(thisYear))
  const [phase, setPhase] = useState<Phase>({ step: "idle" })
  const [fileError, setFileError] = useState<ImportErrorKey | undefined>()
  const [roundError, setRoundError] = useState<ImportErrorKey | undefined>()
  const [failure, setFailure] = useState<{ key: ImportErrorKey; message?: string } | null>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const roundRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (phase.step === "preview" || phase.step === "applied") resultRef.current?.focus()
  }, [phase.step])

  const sending = phase.step === "sending"
  const errorText = (key: ImportErrorKey | undefined) =>
    key ? t(`errors.${key}`, { min: String(FIRST_ROUND_BE), max: String(thisYear + 1), be: String(Number(round || 0) + 543) }) : undefined

  async function send(dryRun: boolean) {
    const badFile = checkCsvFile(file)
    const badRound = validateRoundBe(round)
    setFileError(badFile)
    setRoundError(badRound)
    setFailure(null)
    if (badFile) return fileRef.current?.focus()
    if (badRound) return roundRef.current?.focus()
    setPhase({ step: "sending", dryRun, percent: 0 })
    const answer = await sendCsv(file!, round.trim(), dryRun, (percent) => setPhase({ step: "sending", dryRun, percent }))
    if ("result" in answer) {
      setPhase(dryRun ? { step: "preview", result: answer.result } : { step: "applied", result: answer.result })
      return
    }
    setPhase({ step: "idle" })
    const key = answer.error
    if (["fileRequired", "fileEmpty", "fileTooLarge", "fileNotCsv", "missingColumns", "invalidCsv", "noRows"].includes(key)) {
      setFileError(key)
      if (key === "missingColumns" || key === "invalidCsv") setFailure({ key, message: answer.message })
      fileRef.current?.focus()
    } else if (["roundRequired", "roundRange", "roundIsCe"].includes(key)) {
      setRoundError(key)
      roundRef.current?.focus()
    } else {
      setFailure({ key, message: answer.message })
    }
  }

  // Another file or round: the preview no longer says what would happen.
  function changed() {
    if (phase.step === "preview" || phase.step === "applied") setPhase({ step: "idle" })
    setFailure(null)
  }

  function startOver() {
    setPhase({ step: "idle" })
    setFile(null)
    setFailure(null)
    if (fileRef.current) fileRef.current.value = ""
    fileRef.current?.focus()
  }

  const fileMessage = errorText(fileError)
  const roundMessage = errorText(roundError)

  return (
    <div className="space-y-5">
      <section aria-labelledby="import-template" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
        <h2 id="import-template" className="text-lg font-bold text-ink">
          {t("templateTitle")}
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{t("templateIntro")}</p>
        <p className="mt-2 flex flex-wrap gap-1.5" data-testid="import-columns">
          {TEMPLATE_HEADERS.map((header) => (
            <code key={header} lang="th" className="rounded-md bg-paper-deep px-2 py-0.5 text-sm text-ink">
              {header}
            </code>
          ))}
        </p>
        <p className="mt-2 text-sm text-ink-soft">{t("starsHint")}</p>
        <a href={TEMPLATE_URL} download className={`${secondaryButtonClass} mt-3`} data-testid="import-template-link">
          {t("templateLink")}
        </a>
      </section>

      <form
        className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void send(true)
        }}
      >
        <Field id="import-file" label={`${t("file")} *`} hint={t("fileHint")} error={fileMessage}>
          <input
            ref={fileRef}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            disabled={sending}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setFileError(undefined)
              changed()
            }}
            className={`${inputClass} file:mr-3 file:rounded-full file:border-0 file:bg-indigo-soft file:px-4 file:py-1.5 file:font-semibold file:text-indigo`}
            {...describedBy("import-file", { hint: t("fileHint"), error: fileMessage })}
          />
        </Field>
        {failure?.message && (failure.key === "missingColumns" || failure.key === "invalidCsv") && (
          <p className="-mt-2 text-sm text-ink-soft">{t("errors.detail", { message: failure.message })}</p>
        )}
        <Field id="import-round" label={`${t("round")} *`} hint={t("roundHint")} error={roundMessage}>
          <input
            ref={roundRef}
            id="import-round"
            name="round_be"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={round}
            disabled={sending}
            onChange={(event) => {
              setRound(event.target.value)
              setRoundError(undefined)
              changed()
            }}
            className={`${inputClass} max-w-40`}
            {...describedBy("import-round", { hint: t("roundHint"), error: roundMessage })}
          />
        </Field>
        {failure && failure.key !== "missingColumns" && failure.key !== "invalidCsv" && (
          <FormAlert>
            {t(`errors.${failure.key}`, { min: String(FIRST_ROUND_BE), max: String(thisYear + 1), be: "" })}
            {failure.key === "session" && (
              <Link href="/staff/login" className="ml-1 underline">
                {t("signInAgain")}
              </Link>
            )}
            {failure.message && failure.key === "invalid" && <span className="mt-1 block font-normal">{t("errors.detail", { message: failure.message })}</span>}
          </FormAlert>
        )}
        {phase.step !== "preview" && (
          <button type="submit" disabled={sending} className={`${primaryButtonClass} w-full sm:w-auto`}>
            {sending && phase.dryRun ? t("checking") : t("check")}
          </button>
        )}
        {sending && <Progress percent={phase.percent} />}
      </form>

      {phase.step === "preview" && (
        <section aria-labelledby="import-preview" className="space-y-4 rounded-2xl border border-indigo/30 bg-white p-4 shadow-sm sm:p-5" data-testid="import-preview">
          <h2 id="import-preview" ref={resultRef} tabIndex={-1} className="text-lg font-bold text-ink outline-none">
            {t("previewTitle", { round: String(phase.result.round_be) })}
          </h2>
          <p className="text-sm text-ink" data-testid="import-preview-summary">
            {t("previewSummary", { rows: phase.result.rows, matched: phase.result.applied.length, unmatched: phase.result.rejected.length })}
          </p>
          <p className="rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">{t("nothingWritten")}</p>
          <MatchedRows result={phase.result} locale={locale} title={t("matchedTitle")} />
          <UnmatchedRows rows={phase.result.rejected} locale={locale} title={t("unmatchedTitle")} />
          <div className="flex flex-col gap-2 sm:flex-row">
            <button
              type="button"
              onClick={() => void send(false)}
              disabled={phase.result.applied.length === 0}
              className={`${primaryButtonClass} disabled:cursor-not-allowed`}
              data-testid="import-apply"
            >
              {t("apply", { count: phase.result.applied.length })}
            </button>
            <button type="button" onClick={startOver} className={secondaryButtonClass}>
              {t("chooseAnother")}
            </button>
          </div>
          {phase.result.applied.length === 0 && <p className="text-sm text-clay">{t("noMatches")}</p>}
        </section>
      )}

      {sending && !phase.dryRun && (
        <p role="status" className="text-sm text-ink-soft">
          {t("applying")}
        </p>
      )}

      {phase.step === "applied" && (
        <section aria-labelledby="import-result" className="space-y-4 rounded-2xl border border-leaf/30 bg-white p-4 shadow-sm sm:p-5" data-testid="import-result">
          <h2 id="import-result" ref={resultRef} tabIndex={-1} className="text-lg font-bold text-ink outline-none">
            {t("resultTitle", { round: String(phase.result.round_be) })}
          </h2>
          <p className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf" data-testid="import-applied-count" data-count={appliedCount(phase.result)}>
            {t("resultApplied", { count: appliedCount(phase.result), created: phase.result.created, updated: phase.result.updated })}
          </p>
          <MatchedRows result={phase.result} locale={locale} title={t("appliedTitle")} />
          <UnmatchedRows rows={phase.result.rejected} locale={locale} title={t("notAppliedTitle")} />
          <button type="button" onClick={startOver} className={secondaryButtonClass}>
            {t("another")}
          </button>
        </section>
      )}
    </div>
  )
}

function Progress({ percent }: { percent: number }) {
  const t = useTranslations("StaffTrust.import")
  const label = percent < 100 ? t("uploading", { percent }) : t("processing")
  return (
    <div className="space-y-1" data-testid="import-progress">
      <progress max={100} value={percent} aria-label={t("progressLabel")} className="h-2 w-full overflow-hidden rounded-full accent-indigo" />
      <p role="status" className="text-sm text-ink-soft">
        {label}
      </p>
    </div>
  )
}

function MatchedRows({ result, locale, title }: { result: GradeImportResult; locale: AppLocale; title: string }) {
  const t = useTranslations("StaffTrust.import")
  if (!result.applied.length) return null
  return (
    <div>
      <h3 className="text-base font-bold text-leaf">{title}</h3>
      <ul className="mt-2 divide-y divide-line rounded-xl border border-line" data-testid="import-matched">
        {result.applied.map((row) => (
          <li key={row.row} className="px-3 py-2 text-sm" data-testid="import-matched-row" data-row={row.row}>
            <span className="font-semibold text-ink-soft">{t("row", { row: row.row })}</span>{" "}
            <span className="font-semibold text-ink" lang="th">
              {row.product_title ?? row.product_id}
            </span>
            <span className="block text-ink-soft">
              {[row.group_name, provinceName(row.province_code ?? "", locale)].filter(Boolean).join(" · ")}
              {" · "}
              {t("stars", { stars: row.stars })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function UnmatchedRows({ rows, locale, title }: { rows: ImportRejectedRow[]; locale: AppLocale; title: string }) {
  const t = useTranslations("StaffTrust.import")
  if (!rows.length) return null
  return (
    <div>
      <h3 className="text-base font-bold text-clay">{title}</h3>
      <ul className="mt-2 divide-y divide-line rounded-xl border border-line" data-testid="import-unmatched">
        {rows.map((row) => {
          const key = rejectReasonKey(row.code)
          return (
            <li key={row.row} className="px-3 py-2 text-sm" data-testid="import-unmatched-row" data-row={row.row} data-code={row.code ?? ""}>
              <span className="font-semibold text-ink-soft">{t("row", { row: row.row })}</span>{" "}
              <span className="font-semibold text-ink" lang="th">
                {row.product || t("blank")}
              </span>
              <span className="block text-ink-soft" lang="th">
                {[row.producer, row.province].filter(Boolean).join(" · ")}
              </span>
              <span className="mt-0.5 block font-medium text-clay" data-testid="import-reason">
                {key === "other"
                  ? row.reason
                  : t(`reasons.${key}`, {
                      product: row.product,
                      producer: row.producer,
                      province: row.province,
                      type: row.type ?? "",
                      stars: row.stars_text ?? "",
                      other: String(row.other_row ?? ""),
                      matches: String(row.matches ?? ""),
                    })}
              </span>
            </li>
          )
        })}
      </ul>
      <p className="mt-1 text-xs text-ink-soft">{t("unmatchedHint")}</p>
    </div>
  )
}
