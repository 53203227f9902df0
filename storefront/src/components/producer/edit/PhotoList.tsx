"use client"

import { useTranslations } from "next-intl"
import { useRef, useState, type Dispatch, type SetStateAction } from "react"
import { ProductImage } from "@/components/ProductImage"
import { fieldDomId, MAX_PHOTOS, photoFileError, type EditFieldErrors, type EditPhoto, type UploadPhotoResult } from "@/lib/producer/edit"

/** A photo row: a current picture, an uploaded one, one still uploading, or a failed upload. */
export type PhotoItem =
  | (EditPhoto & { key: string })
  | { kind: "pending"; key: string; name: string }
  | { kind: "failed"; key: string; name: string; reason: string }

type PhotoListProps = {
  photos: PhotoItem[]
  setPhotos: Dispatch<SetStateAction<PhotoItem[]>>
  upload: (form: FormData) => Promise<UploadPhotoResult>
  locale: string
  fieldErrors: EditFieldErrors
  listError?: string
  className?: string
  newKey: () => string
}

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line bg-white px-3 text-sm font-semibold text-ink transition hover:border-indigo hover:text-indigo aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:border-line aria-disabled:hover:text-ink"

/**
 * The product's photos in display order (the first is the cover): move up/down buttons (no
 * dragging needed), remove, and add; new files are uploaded as soon as they are chosen.
 */
export function PhotoList({ photos, setPhotos, upload, locale, fieldErrors, listError, className, newKey }: PhotoListProps) {
  const t = useTranslations("Edit")
  const [announcement, setAnnouncement] = useState("")
  const listRef = useRef<HTMLOListElement>(null)
  const inputId = fieldDomId("photos")
  const shown = photos.filter((photo) => photo.kind !== "failed")
  const failed = photos.filter((photo) => photo.kind === "failed")
  const room = MAX_PHOTOS - shown.length

  function move(key: string, delta: -1 | 1) {
    const from = shown.findIndex((photo) => photo.key === key)
    const to = from + delta
    if (from < 0 || to < 0 || to >= shown.length) return
    const order = [...shown]
    const [item] = order.splice(from, 1)
    order.splice(to, 0, item)
    setPhotos([...order, ...failed])
    setAnnouncement(t("form.moved", { n: to + 1 }))
  }

  function remove(key: string) {
    const index = shown.findIndex((photo) => photo.key === key)
    setPhotos((current) => current.filter((photo) => photo.key !== key))
    setAnnouncement(t("form.removed", { count: shown.length - 1 }))
    // Keep the keyboard focus in the list: on the next photo's remove button, else the add button.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("[data-remove-photo]")
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)]
      if (next) next.focus()
      else document.getElementById(inputId)?.focus()
    })
  }

  async function addFiles(files: File[]) {
    const chosen = files.slice(0, Math.max(0, room))
    const items = chosen.map((file) => ({ file, key: newKey() }))
    setPhotos((current) => [...current, ...items.map(({ file, key }) => ({ kind: "pending" as const, key, name: file.name }))])
    for (const { file, key } of items) {
      const problem = photoFileError({ size: file.size, type: file.type })
      let result: UploadPhotoResult
      if (problem) {
        result = { errorKey: problem }
      } else {
        const form = new FormData()
        form.set("locale", locale)
        form.set("photo", file)
        try {
          result = await upload(form)
        } catch {
          result = { errorKey: "unavailable" }
        }
      }
      const done = result.upload
      const reason = result.errorKey
        ? result.errorKey === "unavailable"
          ? t("form.unavailable")
          : t(`errors.${result.errorKey}`)
        : (result.apiError ?? t("form.unavailable"))
      setPhotos((current) =>
        current.map((photo) =>
          photo.key !== key
            ? photo
            : done
              ? { kind: "upload" as const, key, id: done.id, url: done.url }
              : { kind: "failed" as const, key, name: file.name, reason },
        ),
      )
    }
  }

  return (
    <fieldset className={className} aria-describedby={`${inputId}-hint${listError ? ` ${inputId}-error` : ""}`}>
      <legend className="float-left w-full pb-1 text-lg font-bold text-ink">{t("form.photos")}</legend>
      <p id={`${inputId}-hint`} className="text-sm text-ink-soft">
        {t("form.photosHint", { max: MAX_PHOTOS })}
      </p>
      {listError && (
        <p id={`${inputId}-error`} className="text-sm font-medium text-clay">
          {listError}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {shown.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line p-4 text-center text-sm text-ink-soft">{t("form.noPhotos")}</p>
      ) : (
        <ol ref={listRef} className="space-y-3">
          {shown.map((photo, index) => {
            const n = index + 1
            const error = fieldErrors[`photos.${index}`]
            const errorId = `${fieldDomId(`photos.${index}`)}-error`
            return (
              <li
                key={photo.key}
                data-testid="edit-photo"
                data-url={photo.kind === "current" || photo.kind === "upload" ? (photo.url ?? "") : ""}
                className={`flex flex-wrap items-center gap-3 rounded-xl border p-2 ${error ? "border-clay" : "border-line"}`}
                aria-describedby={error ? errorId : undefined}
              >
                <div className="relative h-20 w-20 shrink-0 overflow-hidden rounded-lg bg-paper-deep">
                  {photo.kind === "pending" ? (
                    <span className="absolute inset-0 flex items-center justify-center p-1 text-center text-xs text-ink-soft">…</span>
                  ) : (
                    <ProductImage src={photo.url} alt={t("form.photoAlt", { n })} sizes="80px" noImageLabel={t("form.photoAlt", { n })} />
                  )}
                </div>
                <div className="min-w-0 flex-1 text-sm">
                  <p className="font-semibold text-ink">
                    {t("form.photoAlt", { n })}
                    {index === 0 && (
                      <span className="ml-2 rounded-full bg-gold-soft px-2 py-0.5 text-xs font-semibold text-gold-deep">{t("form.cover")}</span>
                    )}
                  </p>
                  {photo.kind === "pending" && (
                    <p role="status" className="text-ink-soft">
                      {t("form.uploading", { name: photo.name })}
                    </p>
                  )}
                  {photo.kind === "upload" && <p className="text-leaf">{t("form.newPhoto")}</p>}
                  {error && (
                    <p id={errorId} className="font-medium text-clay">
                      {t(`errors.${error}`)}
                    </p>
                  )}
                </div>
                <div className="flex w-full gap-2 sm:w-auto">
                  <button
                    type="button"
                    className={smallButton}
                    aria-label={t("form.moveUp", { n })}
                    aria-disabled={index === 0 || undefined}
                    onClick={() => move(photo.key, -1)}
                  >
                    <span aria-hidden="true">↑&nbsp;</span>
                    {t("form.up")}
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    aria-label={t("form.moveDown", { n })}
                    aria-disabled={index === shown.length - 1 || undefined}
                    onClick={() => move(photo.key, 1)}
                  >
                    <span aria-hidden="true">↓&nbsp;</span>
                    {t("form.down")}
                  </button>
                  <button
                    type="button"
                    data-remove-photo
                    className={`${smallButton} ml-auto text-clay`}
                    aria-label={t("form.removePhoto", { n })}
                    disabled={photo.kind === "pending"}
                    onClick={() => remove(photo.key)}
                  >
                    {t("form.remove")}
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}

      {failed.length > 0 && (
        <ul role="alert" className="space-y-1 text-sm font-medium text-clay">
          {failed.map((photo) => (
            <li key={photo.key} className="flex items-center justify-between gap-2">
              <span>{t("form.uploadFailed", { name: photo.name, reason: photo.reason })}</span>
              <button
                type="button"
                className="min-h-11 shrink-0 rounded-full px-3 text-ink-soft hover:text-ink"
                onClick={() => setPhotos((current) => current.filter((item) => item.key !== photo.key))}
              >
                {t("form.dismiss")}
              </button>
            </li>
          ))}
        </ul>
      )}

      {room > 0 && (
        <div>
          <label htmlFor={inputId} className="block text-sm font-semibold text-ink">
            {t("form.addPhotos")}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`${inputId}-add-hint`}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? [])
              event.target.value = ""
              if (files.length) void addFiles(files)
            }}
            className="mt-1 block w-full rounded-xl border border-dashed border-line bg-white px-3 py-3 text-sm text-ink-soft file:mr-3 file:min-h-9 file:rounded-full file:border-0 file:bg-indigo-soft file:px-4 file:py-1.5 file:font-semibold file:text-indigo"
          />
          <p id={`${inputId}-add-hint`} className="mt-1 text-xs text-ink-soft">
            {t("form.addPhotosHint")}
          </p>
        </div>
      )}
    </fieldset>
  )
}
