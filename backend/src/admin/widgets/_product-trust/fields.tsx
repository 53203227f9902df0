import { Label, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control with an optional hint and the error that concerns it. */
export function Field(props: { id: string; label: string; hint?: string | null; error?: string | null; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={props.id} size="small" weight="plus">{props.label}</Label>
      {props.children}
      {props.hint && <Text size="xsmall" className="text-ui-fg-subtle">{props.hint}</Text>}
      {props.error && <Text size="xsmall" role="alert" className="text-ui-fg-error">{props.error}</Text>}
    </div>
  )
}

// Radix's select keeps "" for "nothing chosen yet" (the placeholder); this value stands for "none".
const NONE = "__none"

/** One value of a fixed list (or none, when `noneLabel` is given). */
export function Choice(props: {
  id: string
  value: string | null
  onChange: (value: string | null) => void
  options: { value: string; label: string }[]
  placeholder: string
  noneLabel?: string
}) {
  return (
    <Select value={props.value ?? (props.noneLabel ? NONE : "")} onValueChange={(v) => props.onChange(v === NONE ? null : v)} size="small">
      <Select.Trigger id={props.id}>
        <Select.Value placeholder={props.placeholder} />
      </Select.Trigger>
      <Select.Content>
        {props.noneLabel && <Select.Item value={NONE}>{props.noneLabel}</Select.Item>}
        {props.options.map((o) => (
          <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** An API reason `field: message` split so that the form can show it next to its field. */
export function fieldOfError(message: string): { field: string | null; message: string } {
  const match = /^([a-z_]+(?:\.[a-z_0-9]+)*): (.*)$/s.exec(message)
  return match ? { field: match[1], message } : { field: null, message }
}
