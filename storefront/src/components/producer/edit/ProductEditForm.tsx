"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react"
import {
  fieldDomId,
  MAX_VARIANTS,
  type EditErrorKey,
  type EditFormState,
  type EditPhoto,
  type EditValues,
  type EditVariant,
  type UploadPhotoResult,
} from "@/lib/producer/edit"
import { PRODUCT_CATEGORIES } from "@/lib/producer/types"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass, secondaryButtonClass } from "../fields"
import { PhotoList, type PhotoItem } from "./PhotoList"

type ProductEditFormProps = {
  productId: string
  locale: string
  initialValues: EditValues
  groupApproved: boolean
  archived: boolean
  save: (state: EditFormState, form: FormData) => Promise<EditFormState>
  upload: (form: FormData) => Promise<UploadPhotoResult>
  initialState?: EditFormState
}

type TextName = "title_th" | "title_en" | "subtitle_th" | "subtitle_en" | "description_th" | "description_en" | "option_th" | "option_en" | "weight_g" | "made_to_order_days"
type VariantText = "value_th" | "value_en" | "sku" | "price" | "stock"

const sectionClass = "space-y-4 [&>legend~*]:clear-both rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6"
const legendClass = "text-lg font-bold text-ink"

let newKeyCounter = 0
const newKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(newKeyCounter += 1)}`

/**
 * The product edit form: Thai and English content, category, photos in order (first = cover),
 * the complete variant list, weight, made-to-order lead time and publication. The values live
 * in React state and go to the server action as JSON; new photos are uploaded when chosen.
 */
export function ProductEditForm({ productId, locale, initialValues, groupApproved, archived, save, upload, initialState = {} }: ProductEditFormProps) {
  const t = useTranslations("Edit")
  const tCategories = useTranslations("Producer.categories")
  const [state, formAction, pending] = useActionState(save, initialState)
  const [values, setValues] = useState<EditValues>(initialValues)
  const [photos, setPhotos] = useState<PhotoItem[]>(() => initialValues.photos.map((photo) => ({ ...photo, key: newKey("photo") })))
  const uploading = photos.some((photo) => photo.kind === "pending")
  const formRef = useRef<HTMLFormElement>(null)
  const statusName = useId()

  const fieldErrors = state.fieldErrors ?? {}
  const hasFieldErrors = Object.keys(fieldErrors).length > 0
  const errorText = (field: string) => {
    const key: EditErrorKey | undefined = fieldErrors[field]
    return key ? t(`errors.${key}`) : undefined
  }

  // After a refused save, move the focus to the first field with an error.
  useEffect(() => {
    if (!state.fieldErrors || !formRef.current) return
    const invalid = formRef.current.querySelector<HTMLElement>("[aria-invalid='true']")
    invalid?.focus()
  }, [state])

  const set = <K extends keyof EditValues>(name: K, value: EditValues[K]) => setValues((current) => ({ ...current, [name]: value }))
  const setVariant = (key: string, field: VariantText, value: string) =>
    setValues((current) => ({
      ...current,
      variants: current.variants.map((variant) => (variant.key === key ? { ...variant, [field]: value } : variant)),
    }))
  const addVariant = () =>
    setValues((current) => ({
      ...current,
      variants: [...current.variants, { key: newKey("variant"), id: null, value_th: "", value_en: "", sku: "", price: "", stock: "0" }],
    }))
  const removeVariant = (key: string) =>
    setValues((current) => ({ ...current, variants: current.variants.filter((variant) => variant.key !== key) }))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending || uploading) return
    const form = new FormData()
    form.set("locale", locale)
    form.set("product_id", productId)
    const sent: EditValues = {
      ...values,
      photos: photos.flatMap((photo): EditPhoto[] =>
        photo.kind === "current"
          ? [{ kind: "current", url: photo.url }]
          : photo.kind === "upload"
            ? [{ kind: "upload", id: photo.id, url: photo.url }]
            : [],
      ),
    }
    form.set("values", JSON.stringify(sent))
    startTransition(() => formAction(form))
  }

  const text = (
    name: TextName,
    label: string,
    options: { lang?: string; inputMode?: "decimal" | "numeric" | "text"; multiline?: boolean; hint?: string; autoComplete?: string } = {},
  ) => {
    const id = fieldDomId(name)
    const error = errorText(name)
    const common = {
      id,
      name,
      value: values[name],
      lang: options.lang,
      className: inputClass,
      onChange: (event: { target: { value: string } }) => set(name, event.target.value),
      ...describedBy(id, { hint: options.hint, error }),
    }
    return (
      <Field id={id} label={label} hint={options.hint} error={error}>
        {options.multiline ? (
          <textarea rows={4} {...common} />
        ) : (
          <input type="text" inputMode={options.inputMode} autoComplete={options.autoComplete ?? "off"} {...common} />
        )}
      </Field>
    )
  }

  const pair = (th: ReactNode, en: ReactNode) => <div className="grid gap-4 sm:grid-cols-2">{th}{en}</div>

  const categoryId = fieldDomId("category")
  const categoryError = errorText("category")
  const variantsError = errorText("variants")
  const photosError = errorText("photos")

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={pending}>
      <div aria-live="polite" className="space-y-2 empty:hidden">
        {hasFieldErrors && <FormAlert>{t("form.fixErrors")}</FormAlert>}
        {state.apiError && <FormAlert>{t("form.apiError", { message: state.apiError })}</FormAlert>}
        {state.errorKey && <FormAlert>{t(`form.${state.errorKey}`)}</FormAlert>}
      </div>

      <fieldset className={sectionClass}>
        <legend className={`${legendClass} float-left w-full pb-1`}>{t("form.details")}</legend>
        {pair(text("title_th", t("form.titleTh"), { lang: "th" }), text("title_en", t("form.titleEn"), { lang: "en" }))}
        {pair(text("subtitle_th", t("form.subtitleTh"), { lang: "th" }), text("subtitle_en", t("form.subtitleEn"), { lang: "en" }))}
        <Field id={categoryId} label={t("form.category")} error={categoryError}>
          <select
            id={categoryId}
            name="category"
            value={values.category}
            onChange={(event) => set("category", event.target.value)}
            className={inputClass}
            {...describedBy(categoryId, { error: categoryError })}
          >
            <option value="" disabled>
              {t("form.chooseCategory")}
            </option>
            {PRODUCT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {tCategories(category)}
              </option>
            ))}
          </select>
        </Field>
        {pair(
          text("description_th", t("form.descriptionTh"), { lang: "th", multiline: true }),
          text("description_en", t("form.descriptionEn"), { lang: "en", multiline: true }),
        )}
      </fieldset>

      <PhotoList
        photos={photos}
        setPhotos={setPhotos}
        upload={upload}
        locale={locale}
        fieldErrors={fieldErrors}
        listError={photosError}
        className={sectionClass}
        newKey={() => newKey("photo")}
      />

      <fieldset className={sectionClass} aria-describedby={variantsError ? `${fieldDomId("variants")}-error` : undefined}>
        <legend className={`${legendClass} float-left w-full pb-1`}>{t("form.variants")}</legend>
        <p className="text-sm text-ink-soft">{t("form.variantsHint")}</p>
        {pair(text("option_th", t("form.optionTh"), { lang: "th" }), text("option_en", t("form.optionEn"), { lang: "en" }))}
        {variantsError && (
          <p id={`${fieldDomId("variants")}-error`} className="text-sm font-medium text-clay">
            {variantsError}
          </p>
        )}
        <ol className="space-y-4">
          {values.variants.map((variant, index) => (
            <VariantCard
              key={variant.key}
              variant={variant}
              index={index}
              canRemove={values.variants.length > 1}
              errorText={errorText}
              onChange={(field, value) => setVariant(variant.key, field, value)}
              onRemove={() => removeVariant(variant.key)}
            />
          ))}
        </ol>
        {values.variants.length < MAX_VARIANTS && (
          <button type="button" onClick={addVariant} className={`${secondaryButtonClass} w-full sm:w-auto`}>
            <span aria-hidden="true" className="mr-1 text-lg leading-none">+</span>
            {t("form.addVariant")}
          </button>
        )}
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={`${legendClass} float-left w-full pb-1`}>{t("form.shipping")}</legend>
        {text("weight_g", t("form.weight"), { inputMode: "numeric" })}
        <label className="flex min-h-11 items-start gap-3 rounded-xl border border-line p-3">
          <input
            type="checkbox"
            name="made_to_order"
            checked={values.made_to_order}
            onChange={(event) => set("made_to_order", event.target.checked)}
            className="mt-1 h-5 w-5 shrink-0 accent-leaf"
          />
          <span>
            <span className="block font-semibold text-ink">{t("form.madeToOrder")}</span>
            <span className="block text-sm text-ink-soft">{t("form.madeToOrderHint")}</span>
          </span>
        </label>
        {values.made_to_order && text("made_to_order_days", t("form.days"), { inputMode: "numeric" })}
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={`${legendClass} float-left w-full pb-1`}>{t("form.visibility")}</legend>
        {!groupApproved && <p className="rounded-xl bg-gold-soft px-3 py-2 text-sm text-gold-deep">{t("form.notApproved")}</p>}
        {archived && <p className="rounded-xl bg-paper-deep px-3 py-2 text-sm text-ink">{t("page.archivedNotice")}</p>}
        {(["published", "draft"] as const).map((status) => (
          <label key={status} className="flex min-h-11 items-start gap-3 rounded-xl border border-line p-3 has-[:checked]:border-indigo has-[:checked]:bg-indigo-soft/40">
            <input
              type="radio"
              name={statusName}
              value={status}
              checked={values.status === status}
              onChange={() => set("status", status)}
              className="mt-1 h-5 w-5 shrink-0 accent-indigo"
            />
            <span>
              <span className="block font-semibold text-ink">{t(`form.${status}`)}</span>
              <span className="block text-sm text-ink-soft">{t(`form.${status}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div>
        {uploading && <p className="mb-2 text-sm text-ink-soft">{t("form.waitUploads")}</p>}
        <button type="submit" disabled={pending || uploading} className={`${primaryButtonClass} w-full sm:w-auto`}>
          {pending ? t("form.submitting") : t("form.submit")}
        </button>
      </div>
    </form>
  )
}

type VariantCardProps = {
  variant: EditVariant
  index: number
  canRemove: boolean
  errorText: (field: string) => string | undefined
  onChange: (field: VariantText, value: string) => void
  onRemove: () => void
}

function VariantCard({ variant, index, canRemove, errorText, onChange, onRemove }: VariantCardProps) {
  const t = useTranslations("Edit.form")
  const n = index + 1
  const headingId = fieldDomId(`variants.${index}.heading`)
  const input = (
    field: VariantText,
    label: string,
    options: { lang?: string; inputMode?: "decimal" | "numeric" | "text"; hint?: string } = {},
  ) => {
    const path = `variants.${index}.${field}`
    const id = fieldDomId(path)
    const error = errorText(path)
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-semibold text-ink">
          {label}
          {/* Which variant, for screen readers: the visible card heading says it too. */}
          <span className="sr-only"> ({t("variant", { n })})</span>
        </label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          inputMode={options.inputMode}
          lang={options.lang}
          value={variant[field]}
          onChange={(event) => onChange(field, event.target.value)}
          className={inputClass}
          {...describedBy(id, { hint: options.hint, error })}
        />
        {options.hint && (
          <p id={`${id}-hint`} className="mt-1 text-xs text-ink-soft">
            {options.hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-clay">
            {error}
          </p>
        )}
      </div>
    )
  }
  return (
    <li data-testid="edit-variant" aria-labelledby={headingId} className="space-y-3 rounded-xl border border-line bg-paper/60 p-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-ink">
          {t("variant", { n })}
          {!variant.id && <span className="ml-2 rounded-full bg-leaf-soft px-2 py-0.5 text-xs font-semibold text-leaf">{t("newVariant")}</span>}
        </h3>
        {canRemove && (
          <button
            type="button"
            onClick={onRemove}
            aria-label={t("removeVariant", { n })}
            className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-semibold text-clay hover:bg-clay-soft"
          >
            {t("remove")}
          </button>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {input("value_th", t("valueTh"), { lang: "th" })}
        {input("value_en", t("valueEn"), { lang: "en" })}
      </div>
      <div className="grid grid-cols-2 gap-3">
        {input("price", t("price"), { inputMode: "decimal" })}
        {input("stock", t("stock"), { inputMode: "numeric" })}
      </div>
      {input("sku", t("sku"))}
    </li>
  )
}
