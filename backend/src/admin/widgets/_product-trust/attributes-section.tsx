import { Button, Checkbox, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { type Attributes, errorText, type Term, trustApi, type TrustData } from "./api"
import { Choice, Field, fieldOfError } from "./fields"
import type { Lang, Text as Strings } from "./text"

type Form = {
  fiber: string | null
  techniques: string[]
  dye: string | null
  fabric_type: string | null
  royal_pattern: string | null
  royal_pattern_year_be: string
  provincial_pattern: string
  hand_woven: boolean
  soft_power: string[]
  campaigns: string[]
}

const formOf = (a: Attributes | null): Form => ({
  fiber: a?.fiber ?? null,
  techniques: a?.techniques ?? [],
  dye: a?.dye ?? null,
  fabric_type: a?.fabric_type ?? null,
  royal_pattern: a?.royal_pattern ?? null,
  royal_pattern_year_be: a?.royal_pattern_year_be ? String(a.royal_pattern_year_be) : "",
  provincial_pattern: a?.provincial_pattern ?? "",
  hand_woven: a?.hand_woven ?? false,
  soft_power: a?.soft_power ?? [],
  campaigns: a?.campaigns ?? [],
})

/** Ticks for a list taken from a fixed vocabulary (the order ticked is kept). */
function Ticks({ id, legend, terms, value, lang, onChange, error }: {
  id: string
  legend: string
  terms: Term[]
  value: string[]
  lang: Lang
  onChange: (next: string[]) => void
  error?: string
}) {
  return (
    <fieldset className="flex flex-col gap-y-2">
      <legend className="txt-compact-small-plus mb-1 text-ui-fg-base">{legend}</legend>
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {terms.map((term) => (
          <div key={term.code} className="flex items-center gap-x-2">
            <Checkbox
              id={`${id}-${term.code}`}
              checked={value.includes(term.code)}
              onCheckedChange={(v) => onChange(v === true ? [...value, term.code] : value.filter((c) => c !== term.code))}
            />
            <Label htmlFor={`${id}-${term.code}`} size="small">{term[lang]}</Label>
          </div>
        ))}
      </div>
      {error && <Text size="xsmall" role="alert" className="text-ui-fg-error">{error}</Text>}
    </fieldset>
  )
}

/** Fabric (textiles only), soft-power sectors and campaigns, each from its fixed vocabulary. */
export function AttributesSection({ data, lang, t, onChange }: { data: TrustData; lang: Lang; t: Strings; onChange: (d: TrustData) => void }) {
  const [form, setForm] = useState<Form>(() => formOf(data.attributes))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  // Only a change of the saved attributes resets the form (not a grade or certification saved meanwhile).
  const saved = JSON.stringify(data.attributes)
  useEffect(() => setForm(formOf(data.attributes)), [saved])
  const v = data.vocabularies
  const options = (terms: Term[]) => terms.map((term) => ({ value: term.code, label: term[lang] }))
  const editable = !!data.product.group
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const fabricGiven =
      form.techniques.length > 0 || !!form.dye || !!form.fabric_type || !!form.royal_pattern || !!form.provincial_pattern.trim() || form.hand_woven
    if (data.product.is_textile && !form.fiber && fabricGiven) return setErrors({ "fabric.fiber": t.fiberRequired })
    setErrors({})
    const fabric =
      data.product.is_textile && form.fiber
        ? {
            fiber: form.fiber,
            techniques: form.techniques,
            dye: form.dye,
            fabric_type: form.fabric_type,
            royal_pattern: form.royal_pattern,
            royal_pattern_year_be: form.royal_pattern && form.royal_pattern_year_be ? Number(form.royal_pattern_year_be) : null,
            provincial_pattern: form.provincial_pattern.trim() || null,
            hand_woven: form.hand_woven,
          }
        : null
    setBusy(true)
    try {
      onChange(await trustApi(data.product.id, "/attributes", { fabric, soft_power: form.soft_power, campaigns: form.campaigns }))
      toast.success(t.saved)
    } catch (error) {
      const { field, message } = fieldOfError(errorText(error))
      if (field) setErrors({ [field.replace(/\.\d+$/, "")]: message })
      toast.error(t.saveFailed, { description: message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="trust-attributes" className="px-6 py-4">
      <form onSubmit={submit} noValidate className="flex flex-col gap-y-4">
        <Heading level="h2" id="trust-attributes">{t.attributes}</Heading>
        <fieldset disabled={!editable} className="flex flex-col gap-y-4">
          {data.product.is_textile ? (
            <div className="flex flex-col gap-y-3">
              <Heading level="h3">{t.fabric}</Heading>
              <div className="grid gap-3 md:grid-cols-3">
                <Field id="trust-fiber" label={t.fiber} error={errors["fabric.fiber"]}>
                  <Choice id="trust-fiber" value={form.fiber} onChange={(x) => set("fiber", x)} placeholder={t.fiber} noneLabel={t.none} options={options(v.fiber)} />
                </Field>
                <Field id="trust-dye" label={t.dye} error={errors["fabric.dye"]}>
                  <Choice id="trust-dye" value={form.dye} onChange={(x) => set("dye", x)} placeholder={t.dye} noneLabel={t.none} options={options(v.dye)} />
                </Field>
                <Field id="trust-fabric-type" label={t.fabricType} error={errors["fabric.fabric_type"]}>
                  <Choice id="trust-fabric-type" value={form.fabric_type} onChange={(x) => set("fabric_type", x)} placeholder={t.fabricType} noneLabel={t.none} options={options(v.fabric_type)} />
                </Field>
                <Field id="trust-royal-pattern" label={t.royalPattern} error={errors["fabric.royal_pattern"]}>
                  <Choice id="trust-royal-pattern" value={form.royal_pattern} onChange={(x) => set("royal_pattern", x)} placeholder={t.royalPattern} noneLabel={t.none} options={options(v.royal_pattern)} />
                </Field>
                <Field
                  id="trust-royal-year"
                  label={t.royalPatternYear}
                  error={errors["fabric.royal_pattern_year_be"]}
                  hint={form.royal_pattern ? String(v.royal_pattern.find((p) => p.code === form.royal_pattern)?.year_be ?? "") || null : null}
                >
                  <Input
                    id="trust-royal-year"
                    inputMode="numeric"
                    disabled={!form.royal_pattern}
                    value={form.royal_pattern_year_be}
                    onChange={(e) => set("royal_pattern_year_be", e.target.value)}
                  />
                </Field>
                <Field id="trust-provincial-pattern" label={t.provincialPattern} error={errors["fabric.provincial_pattern"]}>
                  <Input id="trust-provincial-pattern" value={form.provincial_pattern} onChange={(e) => set("provincial_pattern", e.target.value)} />
                </Field>
              </div>
              <Ticks id="trust-technique" legend={t.techniques} terms={v.technique} value={form.techniques} lang={lang} onChange={(x) => set("techniques", x)} error={errors["fabric.techniques"]} />
              <div className="flex items-center gap-x-2">
                <Checkbox id="trust-hand-woven" checked={form.hand_woven} onCheckedChange={(x) => set("hand_woven", x === true)} />
                <Label htmlFor="trust-hand-woven" size="small">{t.handWoven}</Label>
              </div>
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">{t.fabricOnlyTextiles}</Text>
          )}
          <Ticks id="trust-soft-power" legend={t.softPower} terms={v.soft_power} value={form.soft_power} lang={lang} onChange={(x) => set("soft_power", x)} error={errors.soft_power} />
          <Ticks id="trust-campaign" legend={t.campaigns} terms={v.campaign} value={form.campaigns} lang={lang} onChange={(x) => set("campaigns", x)} error={errors.campaigns} />
          {editable && (
            <div>
              <Button type="submit" size="small" isLoading={busy}>{t.saveAttributes}</Button>
            </div>
          )}
        </fieldset>
      </form>
    </section>
  )
}
