"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { checkUploadFile, UPLOAD_ACCEPT, type UploadErrorKey } from "@/lib/producer/registration"
import type { UploadFn } from "@/components/producer/registration/upload"

type Picked = {
  name: string
  size: number
  status: "uploading" | "done" | "error"
  percent: number
  uploadId?: string
  error?: UploadErrorKey
}

type DocumentFieldProps = {
  id: string
  label: string
  hint: string
  upload: UploadFn
  locale: string
  /** A refusal of the whole form about the document (already localized). */
  error?: string
  /** Told whether an upload is under way (the form waits for it) and whether one is done. */
  onStateChange?: (state: { busy: boolean; uploaded: boolean }) => void
}

function formatSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-US", { maximumFractionDigits: 1 }).format(value)} ${unit}`
  if (bytes >= 1024 * 1024) return format(bytes / 1024 / 1024, "MB")
  return format(Math.max(1, Math.round(bytes / 1024)), "KB")
}

/**
 * One private document, uploaded as soon as it is picked with its progress shown; the form gets
 * the upload's id in a hidden `document_id` field. Picking another file replaces it.
 */
export function DocumentField({ id, label, hint, upload, locale, error, onStateChange }: DocumentFieldProps) {
  const t = useTranslations("Trust.upload")
  const [picked, setPicked] = useState<Picked | null>(null)
  const abort = useRef<(() => void) | null>(null)
  const generation = useRef(0)

  useEffect(() => () => abort.current?.(), [])
  useEffect(() => {
    onStateChange?.({ busy: picked?.status === "uploading", uploaded: picked?.status === "done" })
  }, [picked, onStateChange])

  const pick = (file: File) => {
    abort.current?.()
    generation.current += 1
    const mine = generation.current
    const refused = checkUploadFile(file)
    if (refused) {
      setPicked({ name: file.name, size: file.size, status: "error", percent: 0, error: refused })
      return
    }
    setPicked({ name: file.name, size: file.size, status: "uploading", percent: 0 })
    const handle = upload(file, (percent) => {
      if (generation.current === mine) setPicked((current) => (current ? { ...current, percent } : current))
    })
    abort.current = handle.abort
    void handle.done.then((answer) => {
      if (generation.current !== mine) return // replaced or removed meanwhile
      abort.current = null
      if ("upload" in answer) setPicked((current) => current && { ...current, status: "done", percent: 100, uploadId: answer.upload.id })
      else setPicked((current) => current && { ...current, status: "error", error: answer.error })
    })
  }

  const remove = () => {
    abort.current?.()
    abort.current = null
    generation.current += 1
    setPicked(null)
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      data-testid="certificate-document"
      className={`rounded-xl border p-3.5 ${error ? "border-clay/50 bg-clay-soft/40" : "border-line bg-paper/60"}`}
    >
      <p id={`${id}-label`} className="font-semibold text-ink">
        {label}
      </p>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-ink-soft">
        {hint}
      </p>

      {picked && (
        <div data-testid="upload-item" data-status={picked.status} className="mt-3 flex items-center gap-3 rounded-lg border border-line bg-white px-3 py-2">
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-ink" title={picked.name}>
              {picked.name}
              <span className="ml-1.5 text-xs font-normal text-ink-soft">{formatSize(picked.size, locale)}</span>
            </p>
            {picked.status === "uploading" && (
              <div className="mt-1 flex items-center gap-2">
                <progress
                  max={100}
                  value={picked.percent}
                  aria-label={t("progress", { name: picked.name })}
                  className="h-2 flex-1 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-indigo-soft [&::-webkit-progress-value]:bg-indigo"
                />
                <span className="text-xs tabular-nums text-ink-soft">{t("uploading", { percent: picked.percent })}</span>
              </div>
            )}
            {picked.status === "done" && (
              <p className="text-xs font-semibold text-leaf">
                <span aria-hidden="true">✓ </span>
                {t("uploaded")}
              </p>
            )}
            {picked.status === "error" && picked.error && (
              <p role="alert" className="text-xs font-semibold text-clay">
                {t(`errors.${picked.error}`)}
              </p>
            )}
          </div>
          <button
            type="button"
            onClick={remove}
            aria-label={t("remove", { name: picked.name })}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-2 text-sm font-semibold text-clay hover:bg-clay-soft"
          >
            {t("removeShort")}
          </button>
        </div>
      )}
      {picked?.status === "done" && picked.uploadId && <input type="hidden" name="document_id" value={picked.uploadId} />}

      <input
        id={id}
        type="file"
        accept={UPLOAD_ACCEPT}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="peer sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ""
          if (file) pick(file)
        }}
      />
      <label
        htmlFor={id}
        aria-hidden="true"
        className="mt-3 inline-flex min-h-11 w-full cursor-pointer items-center justify-center gap-2 rounded-full border border-dashed border-indigo/40 bg-white px-4 py-2 text-sm font-semibold text-indigo transition hover:border-indigo hover:bg-indigo-soft peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-gold"
      >
        <span aria-hidden="true" className="text-lg leading-none">
          +
        </span>
        {picked ? t("replace") : t("choose")}
      </label>
      {error && (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-clay">
          {error}
        </p>
      )}
    </div>
  )
}
