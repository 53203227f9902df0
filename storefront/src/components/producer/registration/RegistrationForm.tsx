"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from "react"
import {
  currentYearBe,
  DOCUMENT_KINDS,
  hasErrors,
  HANDLE_MAX_LENGTH,
  HANDLE_MIN_LENGTH,
  PRODUCER_TYPES,
  readRegistrationForm,
  suggestHandle,
  validateRegistration,
  type DocumentKind,
  type RegistrationField,
  type GeoProvince,
  type RegistrationState,
} from "@/lib/producer/registration"
import { GeoPicker } from "@/components/geo/GeoPicker"
import { geoPickerLabels } from "@/components/geo/labels"
import { describedBy, FormAlert, inputClass, primaryButtonClass } from "../fields"
import { DocumentUploads, useDocumentUploads } from "./DocumentUploads"
import { FormSection, RegField } from "./parts"
import { xhrUpload, type UploadFn } from "./upload"

type RegistrationFormProps = {
  action: (state: RegistrationState, form: FormData) => Promise<RegistrationState>
  locale: string
  provinces: GeoProvince[]
  /** Contact details to start from (the account's). */
  defaults?: { email?: string | null; phone?: string | null }
  initialState?: RegistrationState
  /** Uploads one document; the real one posts to this page's upload route. */
  upload?: UploadFn
}

type TextOptions = {
  hint?: string
  required?: boolean
  optional?: boolean
  multiline?: boolean
  type?: string
  inputMode?: "numeric" | "tel" | "email" | "text"
  autoComplete?: string
  lang?: string
  defaultValue?: string
  maxLength?: number
  className?: string
}

/**
 * The online OTOP registration: group, address, contact, story and products, documents.
 * Checked here on submit (the same checks the server action runs again), then sent to the
 * server action; errors show next to their fields and the first one gets the focus.
 */
export function RegistrationForm({ action, locale, provinces, defaults, initialState = {}, upload }: RegistrationFormProps) {
  const t = useTranslations("Registration")
  const tForm = useTranslations("Registration.form")
  const [serverState, dispatch, pending] = useActionState(action, initialState)
  const [clientState, setClientState] = useState<RegistrationState | null>(null)
  const [edited, setEdited] = useState<Set<string>>(new Set())
  const [attempts, setAttempts] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)

  const uploader = useMemo(() => upload ?? xhrUpload(`/${locale}/producer/register/upload`), [upload, locale])
  const documents = useDocumentUploads(uploader)

  const [handle, setHandle] = useState("")
  const [handleTouched, setHandleTouched] = useState(false)
  const [suggestion, setSuggestion] = useState("")

  // What to show: the client's check of the last attempt, or the server's answer.
  const state = clientState ?? serverState
  const fieldError = (field: RegistrationField) => {
    const key = state.fieldErrors?.[field]
    return key && !edited.has(field) ? t(`errors.${key}`) : undefined
  }
  const documentErrors = useMemo(() => {
    const shown: Partial<Record<DocumentKind, NonNullable<RegistrationState["documentErrors"]>[DocumentKind]>> = {}
    for (const kind of DOCUMENT_KINDS) {
      const key = state.documentErrors?.[kind]
      if (key && !edited.has(`doc:${kind}`)) shown[kind] = key
    }
    return shown
  }, [state.documentErrors, edited])
  const anyError = hasErrors(state)

  // After a failed attempt, take the person to the first field to correct.
  useEffect(() => {
    if (!attempts || !anyError) return
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (first) {
      first.focus({ preventScroll: true })
      ;(first.closest('[role="group"]') ?? first).scrollIntoView?.({ block: "center", behavior: "smooth" })
    }
  }, [attempts, anyError, serverState, clientState])

  const markEdited = (name: string) => {
    if (!edited.has(name)) setEdited((current) => new Set(current).add(name))
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const { values, documents: filed } = readRegistrationForm(form)
    const uploadingKinds = uniqueKinds(documents.items.filter((item) => item.status === "uploading").map((item) => item.kind))
    const errors = validateRegistration(values, filed, { uploadingKinds })
    setEdited(new Set())
    setAttempts((n) => n + 1)
    if (hasErrors(errors)) {
      setClientState(errors)
      return
    }
    setClientState(null)
    startTransition(() => dispatch(form))
  }

  const text = (field: RegistrationField, label: string, options: TextOptions = {}) => {
    const error = fieldError(field)
    const common = {
      id: field,
      name: field,
      lang: options.lang,
      defaultValue: options.defaultValue,
      maxLength: options.maxLength,
      autoComplete: options.autoComplete,
      "aria-required": options.required ? ("true" as const) : undefined,
      className: `${inputClass} ${options.className ?? ""}`,
      onChange: () => markEdited(field),
      ...describedBy(field, { hint: options.hint, error }),
    }
    return (
      <RegField
        id={field}
        label={label}
        hint={options.hint}
        error={error}
        required={options.required}
        optionalLabel={options.optional ? t("form.optional") : undefined}
      >
        {options.multiline ? (
          <textarea rows={4} {...common} />
        ) : (
          <input type={options.type ?? "text"} inputMode={options.inputMode} {...common} />
        )}
      </RegField>
    )
  }

  const handleHint = t("form.handleHint", { min: HANDLE_MIN_LENGTH, max: HANDLE_MAX_LENGTH })
  const handleError = fieldError("handle")
  const typeError = fieldError("producer_type")
  const yearExample = String(currentYearBe() - 3)

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-ink-soft">{t("form.requiredNote")}</p>

      <FormSection id="section-group" step={1} title={t("form.sections.group")}>
        {text("name_th", t("form.nameTh"), { required: true, lang: "th", hint: t("form.nameThHint"), maxLength: 200 })}
        <RegField id="name_en" label={t("form.nameEn")} hint={t("form.nameEnHint")} error={fieldError("name_en")} required>
          <input
            id="name_en"
            name="name_en"
            lang="en"
            maxLength={200}
            aria-required="true"
            className={inputClass}
            onChange={(event) => {
              markEdited("name_en")
              const next = suggestHandle(event.target.value)
              setSuggestion(next)
              if (!handleTouched) {
                setHandle(next)
                markEdited("handle")
              }
            }}
            {...describedBy("name_en", { hint: t("form.nameEnHint"), error: fieldError("name_en") })}
          />
        </RegField>
        <RegField id="handle" label={t("form.handle")} hint={handleHint} error={handleError} required>
          <input
            id="handle"
            name="handle"
            value={handle}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={HANDLE_MAX_LENGTH}
            aria-required="true"
            className={`${inputClass} font-mono`}
            onChange={(event) => {
              const next = event.target.value.toLowerCase().replace(/\s+/g, "-")
              setHandle(next)
              setHandleTouched(next !== "")
              markEdited("handle")
            }}
            {...describedBy("handle", { hint: handleHint, error: handleError })}
          />
        </RegField>
        {handleTouched && suggestion && suggestion !== handle && (
          <button
            type="button"
            className="-mt-2 inline-flex min-h-11 items-center text-left text-sm font-semibold text-indigo underline-offset-2 hover:underline"
            onClick={() => {
              setHandle(suggestion)
              setHandleTouched(false)
              markEdited("handle")
            }}
          >
            {t("form.handleSuggest", { handle: suggestion })}
          </button>
        )}

        <fieldset aria-describedby={typeError ? "producer_type-error" : undefined}>
          <legend className="text-sm font-semibold text-ink">
            {t("form.producerType")}
            <span aria-hidden="true" className="ml-0.5 text-clay">
              *
            </span>
          </legend>
          <div className="mt-2 grid gap-2">
            {PRODUCER_TYPES.map((type, index) => (
              <label
                key={type}
                className="flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line bg-white p-3 has-[:checked]:border-indigo has-[:checked]:bg-indigo-soft/50"
              >
                <input
                  type="radio"
                  name="producer_type"
                  value={type}
                  defaultChecked={index === 0}
                  aria-invalid={typeError ? true : undefined}
                  onChange={() => markEdited("producer_type")}
                  className="mt-1 h-5 w-5 shrink-0 accent-indigo"
                />
                <span>
                  <span className="block font-semibold text-ink">{t(`form.producerTypes.${type}`)}</span>
                  <span className="block text-xs text-ink-soft">{t(`form.producerTypes.${type}_hint`)}</span>
                </span>
              </label>
            ))}
          </div>
          {typeError && (
            <p id="producer_type-error" className="mt-1 text-sm font-medium text-clay">
              {typeError}
            </p>
          )}
        </fieldset>

        {text("otop_registration_no", t("form.otopNo"), { optional: true, hint: t("form.otopNoHint"), maxLength: 40 })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("registration_year_be", t("form.yearBe"), {
            optional: true,
            inputMode: "numeric",
            hint: t("form.yearBeHint", { year: yearExample }),
            maxLength: 4,
          })}
          {text("community_enterprise_no", t("form.ceNo"), { optional: true, hint: t("form.ceNoHint"), maxLength: 40 })}
        </div>
      </FormSection>

      <FormSection id="section-address" step={2} title={t("form.sections.address")}>
        <GeoPicker
          locale={locale}
          provinces={provinces}
          labels={geoPickerLabels(tForm)}
          errors={{ postcode: fieldError("postcode"), subdistrict_code: fieldError("subdistrict_code") }}
          onEdit={markEdited}
        />
        <div className="grid grid-cols-[6rem_1fr] gap-4">
          {text("moo", t("form.moo"), { inputMode: "numeric", maxLength: 2 })}
          {text("village_th", t("form.village"), { lang: "th", maxLength: 200 })}
        </div>
        {text("village_en", t("form.villageEn"), { lang: "en", maxLength: 200 })}
        {text("address_line", t("form.addressLine"), {
          hint: t("form.addressLineHint"),
          autoComplete: "street-address",
          maxLength: 300,
        })}
      </FormSection>

      <FormSection id="section-contact" step={3} title={t("form.sections.contact")}>
        {text("phone", t("form.phone"), {
          required: true,
          type: "tel",
          inputMode: "tel",
          autoComplete: "tel",
          hint: t("form.phoneHint"),
          defaultValue: defaults?.phone ?? undefined,
        })}
        {text("line_id", t("form.lineId"), { maxLength: 60 })}
        {text("email", t("form.email"), {
          type: "email",
          inputMode: "email",
          autoComplete: "email",
          hint: t("form.emailHint"),
          defaultValue: defaults?.email ?? undefined,
        })}
      </FormSection>

      <FormSection id="section-story" step={4} title={t("form.sections.story")}>
        {text("story_th", t("form.storyTh"), { multiline: true, lang: "th", hint: t("form.storyThHint"), maxLength: 4000 })}
        {text("story_en", t("form.storyEn"), { multiline: true, lang: "en", maxLength: 4000 })}
        {text("planned_products", t("form.plannedProducts"), {
          multiline: true,
          hint: t("form.plannedProductsHint"),
          maxLength: 4000,
        })}
      </FormSection>

      <FormSection id="section-documents" step={5} title={t("form.sections.documents")}>
        <DocumentUploads
          items={documents.items}
          onAdd={(kind, files) => {
            markEdited(`doc:${kind}`)
            documents.add(kind, files)
          }}
          onRemove={documents.remove}
          errors={documentErrors}
          locale={locale}
        />
      </FormSection>

      <div aria-live="polite" className="space-y-2 empty:hidden">
        {anyError && <FormAlert>{t("form.fixErrors")}</FormAlert>}
        {state.errorKey && <FormAlert>{t(`form.${state.errorKey}`)}</FormAlert>}
        {state.apiError && !anyError && <FormAlert>{t("form.rejected")}</FormAlert>}
        {state.apiError && (
          <p className="rounded-xl bg-paper-deep px-4 py-2 text-xs text-ink-soft">
            {t("form.apiError", { message: state.apiError })}
          </p>
        )}
      </div>

      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  )
}

function uniqueKinds(kinds: DocumentKind[]): DocumentKind[] {
  return [...new Set(kinds)]
}
