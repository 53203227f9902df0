import type { ReactNode } from "react"

type RegFieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  /** Marks the label with * (the control itself gets aria-required). */
  required?: boolean
  /** A short "optional" word after the label, for forms where most fields are required. */
  optionalLabel?: string
  children: ReactNode
}

/**
 * Like Field (components/producer/fields.tsx), with a required marker: a labelled control,
 * its hint and its error, linked through the ids that describedBy() gives the control.
 */
export function RegField({ id, label, hint, error, required, optionalLabel, children }: RegFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-ink">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-clay">
            *
          </span>
        )}
        {optionalLabel && <span className="ml-1.5 text-xs font-normal text-ink-soft">({optionalLabel})</span>}
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

/** A numbered form section with its heading. */
export function FormSection({ id, title, step, children }: { id: string; title: string; step: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="mb-4 flex items-center gap-2.5 text-lg font-bold text-indigo">
        <span
          aria-hidden="true"
          className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-indigo text-sm text-white"
        >
          {step}
        </span>
        {title}
      </h2>
      <div className="space-y-4">{children}</div>
    </section>
  )
}
