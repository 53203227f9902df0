"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { PRODUCT_CATEGORIES } from "@/lib/producer/types"
import type { FieldErrorKey, ProductFormState, ProductFormValues } from "@/lib/producer/validation"
import { describedBy, Field, FormAlert, inputClass, primaryButtonClass } from "./fields"

type ProductFormProps = {
  action: (state: ProductFormState, form: FormData) => Promise<ProductFormState>
  locale: string
  initialState?: ProductFormState
}

type TextFieldName = Exclude<keyof ProductFormValues, "publish" | "category">

export function ProductForm({ action, locale, initialState = {} }: ProductFormProps) {
  const t = useTranslations("Producer")
  const [state, formAction, pending] = useActionState(action, initialState)
  const values = state.values
  const fieldErrors = state.fieldErrors ?? {}
  const errorText = (key: FieldErrorKey | undefined) => (key ? t(`errors.${key}`) : undefined)
  const hasFieldErrors = Object.keys(fieldErrors).length > 0

  const text = (
    name: TextFieldName,
    label: string,
    options: { hint?: string; type?: string; inputMode?: "decimal" | "numeric" | "text"; multiline?: boolean; lang?: string } = {},
  ) => {
    const error = errorText(fieldErrors[name])
    const common = {
      id: name,
      name,
      defaultValue: values?.[name] ?? "",
      lang: options.lang,
      className: inputClass,
      ...describedBy(name, { hint: options.hint, error }),
    }
    return (
      <Field id={name} label={label} hint={options.hint} error={error}>
        {options.multiline ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={options.type ?? "text"} inputMode={options.inputMode} {...common} />
        )}
      </Field>
    )
  }

  const categoryError = errorText(fieldErrors.category)
  const photoError = errorText(fieldErrors.photo)

  return (
    <form action={formAction} className="space-y-5" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="polite" className="space-y-2 empty:hidden">
        {state.apiError && <FormAlert>{t("form.apiError", { message: state.apiError })}</FormAlert>}
        {state.errorKey && <FormAlert>{t(`form.${state.errorKey}`)}</FormAlert>}
        {hasFieldErrors && <FormAlert>{t("form.fixErrors")}</FormAlert>}
      </div>

      {text("title_th", t("form.titleTh"), { lang: "th" })}
      {text("title_en", t("form.titleEn"), { lang: "en" })}
      {text("handle", t("form.handle"), { hint: t("form.handleHint") })}

      <Field id="category" label={t("form.category")} error={categoryError}>
        <select
          id="category"
          name="category"
          defaultValue={values?.category ?? ""}
          className={inputClass}
          {...describedBy("category", { error: categoryError })}
        >
          <option value="" disabled>
            {t("form.chooseCategory")}
          </option>
          {PRODUCT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`categories.${category}`)}
            </option>
          ))}
        </select>
      </Field>

      <div className="grid grid-cols-2 gap-4">
        {text("price", t("form.price"), { inputMode: "decimal" })}
        {text("stock", t("form.stock"), { inputMode: "numeric" })}
        {text("weight_g", t("form.weight"), { inputMode: "numeric" })}
        {text("made_to_order_days", t("form.madeToOrder"), { inputMode: "numeric" })}
      </div>

      {text("description_th", t("form.descriptionTh"), { multiline: true, lang: "th" })}
      {text("description_en", t("form.descriptionEn"), { multiline: true, lang: "en" })}

      <Field id="photo" label={t("form.photo")} hint={t("form.photoHint")} error={photoError}>
        <input
          id="photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="mt-1 block w-full rounded-xl border border-dashed border-line bg-white px-3 py-3 text-sm text-ink-soft file:mr-3 file:rounded-full file:border-0 file:bg-indigo-soft file:px-4 file:py-1.5 file:font-semibold file:text-indigo"
          {...describedBy("photo", { hint: t("form.photoHint"), error: photoError })}
        />
      </Field>

      <label className="flex items-start gap-3 rounded-xl border border-line bg-white p-4">
        <input
          type="checkbox"
          name="publish"
          defaultChecked={values ? values.publish : true}
          className="mt-1 h-5 w-5 shrink-0 accent-leaf"
        />
        <span>
          <span className="block font-semibold text-ink">{t("form.publish")}</span>
          <span className="block text-sm text-ink-soft">{t("form.publishHint")}</span>
        </span>
      </label>

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  )
}
