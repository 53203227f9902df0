"use client"

import { useTranslations } from "next-intl"
import { useCallback, useEffect, useRef, useState } from "react"
import {
  checkUploadFile,
  DOCUMENT_KINDS,
  REQUIRED_DOCUMENT_KINDS,
  UPLOAD_ACCEPT,
  type DocumentKind,
  type RegistrationErrorKey,
  type UploadErrorKey,
} from "@/lib/producer/registration"
import type { UploadFn } from "./upload"

export type UploadItem = {
  key: string
  kind: DocumentKind
  name: string
  size: number
  status: "uploading" | "done" | "error"
  percent: number
  uploadId?: string
  error?: RegistrationErrorKey | UploadErrorKey
}

/** The files chosen per document kind and their upload state; each file uploads as soon as it is chosen. */
export function useDocumentUploads(upload: UploadFn) {
  const [items, setItems] = useState<UploadItem[]>([])
  const aborts = useRef(new Map<string, () => void>())
  const counter = useRef(0)

  useEffect(() => {
    const pending = aborts.current
    return () => pending.forEach((abort) => abort())
  }, [])

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)))
  }, [])

  const add = useCallback(
    (kind: DocumentKind, files: File[]) => {
      const added: UploadItem[] = []
      for (const file of files) {
        counter.current += 1
        const key = `${kind}-${counter.current}`
        const refused = checkUploadFile(file)
        if (refused) {
          added.push({ key, kind, name: file.name, size: file.size, status: "error", percent: 0, error: refused })
          continue
        }
        added.push({ key, kind, name: file.name, size: file.size, status: "uploading", percent: 0 })
        const handle = upload(file, (percent) => patch(key, { percent }))
        aborts.current.set(key, handle.abort)
        void handle.done.then((answer) => {
          aborts.current.delete(key)
          if ("upload" in answer) patch(key, { status: "done", percent: 100, uploadId: answer.upload.id })
          else patch(key, { status: "error", error: answer.error })
        })
      }
      setItems((current) => [...current, ...added])
    },
    [patch, upload],
  )

  const remove = useCallback((key: string) => {
    aborts.current.get(key)?.()
    aborts.current.delete(key)
    setItems((current) => current.filter((item) => item.key !== key))
  }, [])

  return { items, add, remove }
}

function formatSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-US", { maximumFractionDigits: 1 }).format(value)} ${unit}`
  if (bytes >= 1024 * 1024) return format(bytes / 1024 / 1024, "MB")
  return format(Math.max(1, Math.round(bytes / 1024)), "KB")
}

type DocumentUploadsProps = {
  items: UploadItem[]
  onAdd: (kind: DocumentKind, files: File[]) => void
  onRemove: (key: string) => void
  errors: Partial<Record<DocumentKind, RegistrationErrorKey>>
  locale: string
}

/** One box per document kind: the chosen files with their state, and a big "choose a file" button. */
export function DocumentUploads({ items, onAdd, onRemove, errors, locale }: DocumentUploadsProps) {
  const t = useTranslations("Registration")
  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-soft">{t("form.documentsIntro")}</p>
      {DOCUMENT_KINDS.map((kind) => {
        const id = `doc-${kind}`
        const required = REQUIRED_DOCUMENT_KINDS.includes(kind)
        const mine = items.filter((item) => item.kind === kind)
        const error = errors[kind] ? t(`errors.${errors[kind]}`) : undefined
        const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")
        return (
          <div
            key={kind}
            role="group"
            aria-labelledby={`${id}-label`}
            data-testid={`documents-${kind}`}
            className={`rounded-xl border p-3.5 ${error ? "border-clay/50 bg-clay-soft/40" : "border-line bg-paper/60"}`}
          >
            <p id={`${id}-label`} className="font-semibold text-ink">
              {t(`documents.kinds.${kind}`)}
              {required ? (
                <span aria-hidden="true" className="ml-0.5 text-clay">
                  *
                </span>
              ) : (
                <span className="ml-1.5 text-xs font-normal text-ink-soft">({t("form.optional")})</span>
              )}
            </p>
            <p id={`${id}-hint`} className="mt-0.5 text-xs text-ink-soft">
              {t(`documents.hints.${kind}`)}
            </p>

            {mine.length > 0 && (
              <ul className="mt-3 space-y-2">
                {mine.map((item) => (
                  <li
                    key={item.key}
                    data-testid="upload-item"
                    data-status={item.status}
                    className="flex items-center gap-3 rounded-lg border border-line bg-white px-3 py-2"
                  >
                    <div className="min-w-0 flex-1">
                      <p className="truncate text-sm font-medium text-ink" title={item.name}>
                        {item.name}
                        <span className="ml-1.5 text-xs font-normal text-ink-soft">{formatSize(item.size, locale)}</span>
                      </p>
                      {item.status === "uploading" && (
                        <div className="mt-1 flex items-center gap-2">
                          <progress
                            max={100}
                            value={item.percent}
                            aria-label={t("documents.progress", { name: item.name })}
                            className="h-2 flex-1 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-indigo-soft [&::-webkit-progress-value]:bg-indigo"
                          />
                          <span className="text-xs tabular-nums text-ink-soft">{t("documents.uploading", { percent: item.percent })}</span>
                        </div>
                      )}
                      {item.status === "done" && (
                        <p className="text-xs font-semibold text-leaf">
                          <span aria-hidden="true">✓ </span>
                          {t("documents.uploaded")}
                        </p>
                      )}
                      {item.status === "error" && item.error && (
                        <p role="alert" className="text-xs font-semibold text-clay">
                          {t(`errors.${item.error}`)}
                        </p>
                      )}
                    </div>
                    <button
                      type="button"
                      onClick={() => onRemove(item.key)}
                      aria-label={t("documents.remove", { name: item.name })}
                      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-2 text-sm font-semibold text-clay hover:bg-clay-soft"
                    >
                      {t("documents.removeShort")}
                    </button>
                    {item.status === "done" && item.uploadId && (
                      <input type="hidden" name="document" value={`${item.kind}:${item.uploadId}`} />
                    )}
                  </li>
                ))}
              </ul>
            )}

            <input
              id={id}
              type="file"
              multiple
              accept={UPLOAD_ACCEPT}
              aria-labelledby={`${id}-label`}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className="peer sr-only"
              onChange={(event) => {
                const files = Array.from(event.target.files ?? [])
                event.target.value = ""
                if (files.length) onAdd(kind, files)
              }}
            />
            <label
              htmlFor={id}
              aria-hidden="true"
              className="mt-3 inline-flex min-h-11 w-full cursor-pointer items-center justify-center gap-2 rounded-full border border-dashed border-indigo/40 bg-white px-4 py-2 text-sm font-semibold text-indigo transition hover:border-indigo hover:bg-indigo-soft peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-gold"
            >
              <span aria-hidden="true" className="text-lg leading-none">+</span>
              {mine.length ? t("documents.chooseMore") : t("documents.choose")}
            </label>
            {error && (
              <p id={`${id}-error`} className="mt-2 text-sm font-medium text-clay">
                {error}
              </p>
            )}
          </div>
        )
      })}
    </div>
  )
}
