import type { ReactNode } from "react"

export const inputClass =
  "mt-1 block w-full rounded-xl border border-line bg-white px-3.5 py-2.5 text-base text-ink shadow-sm outline-none transition placeholder:text-ink-soft/60 focus:border-indigo focus:ring-2 focus:ring-indigo/20 aria-[invalid=true]:border-clay aria-[invalid=true]:ring-clay/20"

export const primaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-indigo px-6 py-2.5 font-semibold text-white shadow-sm transition hover:bg-indigo-deep disabled:cursor-wait disabled:opacity-70"

export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-full border border-indigo/30 bg-white px-5 py-2 font-semibold text-indigo transition hover:border-indigo hover:bg-indigo-soft"

type FieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** A labelled form control with an optional hint and error (linked by aria-describedby ids). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-ink">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-soft">
          {hint}
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

/** aria attributes of a control inside <Field>. */
export function describedBy(id: string, { hint, error }: { hint?: string; error?: string }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return { "aria-describedby": ids || undefined, "aria-invalid": error ? true : undefined }
}

export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-xl border border-clay/30 bg-clay-soft px-4 py-3 text-sm font-medium text-clay">
      {children}
    </p>
  )
}
