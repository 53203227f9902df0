import { Badge, Button, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { errorText, type Grade, trustApi, type TrustData } from "./api"
import { Choice, Field, fieldOfError } from "./fields"
import { dateInputValue, formatDate, type Lang, type Text as Strings } from "./text"

type Form = { round_be: string; stars: string | null; score: string; certificate_number: string; announced_at: string }
const EMPTY: Form = { round_be: "", stars: null, score: "", certificate_number: "", announced_at: "" }
const starsOf = (n: number) => "★".repeat(n) + "☆".repeat(Math.max(0, 5 - n))

/** Every selection round's grade, newest first, and a form that adds a round or corrects one. */
export function GradesSection({ data, lang, t, onChange }: { data: TrustData; lang: Lang; t: Strings; onChange: (d: TrustData) => void }) {
  const [form, setForm] = useState<Form | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const round = Number(form?.round_be)
  const existing = form && Number.isInteger(round) ? data.grades.find((g) => g.round_be === round) : undefined
  const editable = !!data.product.group

  const open = (grade?: Grade) => {
    setErrors({})
    setForm(
      grade
        ? {
            round_be: String(grade.round_be),
            stars: String(grade.stars),
            score: grade.score === null ? "" : String(grade.score),
            certificate_number: grade.certificate_number ?? "",
            announced_at: dateInputValue(grade.announced_at),
          }
        : EMPTY
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form) return
    const found: Record<string, string> = {}
    if (!/^\d{4}$/.test(form.round_be.trim())) found.round_be = t.roundInvalid
    if (!form.stars) found.stars = t.starsRequired
    setErrors(found)
    if (Object.keys(found).length) return
    const fields = {
      stars: Number(form.stars),
      score: form.score.trim() === "" ? null : Number(form.score),
      certificate_number: form.certificate_number.trim() || null,
      announced_at: form.announced_at || null,
    }
    setBusy(true)
    try {
      // A round already graded is corrected; a new one is added.
      const next = existing
        ? await trustApi(data.product.id, `/grades/${existing.round_be}`, fields)
        : await trustApi(data.product.id, "/grades", { round_be: round, ...fields })
      onChange(next)
      setForm(null)
      toast.success(t.saved)
    } catch (error) {
      const { field, message } = fieldOfError(errorText(error))
      if (field) setErrors({ [field]: message })
      toast.error(t.saveFailed, { description: message })
    } finally {
      setBusy(false)
    }
  }

  const actorLabel = (g: Grade) => [t.source[g.source] ?? g.source, g.recorded_by_actor?.email].filter(Boolean).join(" · ")

  return (
    <section aria-labelledby="trust-grades" className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h2" id="trust-grades">{t.grades}</Heading>
        {editable && !form && <Button size="small" variant="secondary" onClick={() => open()}>{t.addOrCorrect}</Button>}
      </div>
      {data.grades.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">{t.noGrades}</Text>
      ) : (
        // The widget sits in the product page's main column: few columns, and a scroll when narrow.
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t.roundShort}</Table.HeaderCell>
                <Table.HeaderCell>{t.stars}</Table.HeaderCell>
                <Table.HeaderCell>{t.score} · {t.certificateNumber}</Table.HeaderCell>
                <Table.HeaderCell>{t.announcedAt}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.grades.map((g, i) => (
                <Table.Row key={g.id} data-testid={`grade-${g.round_be}`}>
                  <Table.Cell>
                    <div className="flex items-center gap-x-1">
                      {g.round_be} {i === 0 && <Badge size="2xsmall" color="blue">{t.latest}</Badge>}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span>
                        <span aria-hidden className="text-ui-tag-orange-icon">{starsOf(g.stars)}</span> {t.starsValue(g.stars)}
                      </span>
                      <Text size="xsmall" className="text-ui-fg-subtle">{t.recordedBy}: {actorLabel(g)}</Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span>{g.score ?? t.none}</span>
                      {g.certificate_number && <Text size="xsmall" className="text-ui-fg-subtle">{g.certificate_number}</Text>}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{formatDate(g.announced_at, lang)}</Table.Cell>
                  <Table.Cell>
                    {editable && (
                      <Button size="small" variant="transparent" onClick={() => open(g)} aria-label={`${t.correct} ${g.round_be}`}>
                        {t.correct}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {form && (
        <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border border-ui-border-base p-4 md:grid-cols-3" aria-label={t.addOrCorrect}>
          <Field id="trust-grade-round" label={t.round} error={errors.round_be} hint={existing ? t.roundExists(existing.round_be) : null}>
            <Input id="trust-grade-round" inputMode="numeric" placeholder="2567" value={form.round_be} onChange={(e) => setForm({ ...form, round_be: e.target.value })} />
          </Field>
          <Field id="trust-grade-stars" label={t.stars} error={errors.stars}>
            <Choice
              id="trust-grade-stars"
              value={form.stars}
              onChange={(v) => setForm({ ...form, stars: v })}
              placeholder={t.stars}
              options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${starsOf(n)} ${t.starsValue(n)}` }))}
            />
          </Field>
          <Field id="trust-grade-score" label={t.score} error={errors.score}>
            <Input id="trust-grade-score" type="number" min={0} max={100} step="0.01" value={form.score} onChange={(e) => setForm({ ...form, score: e.target.value })} />
          </Field>
          <Field id="trust-grade-certificate" label={t.certificateNumber} error={errors.certificate_number}>
            <Input id="trust-grade-certificate" value={form.certificate_number} onChange={(e) => setForm({ ...form, certificate_number: e.target.value })} />
          </Field>
          <Field id="trust-grade-announced" label={t.announcedAt} error={errors.announced_at}>
            <Input id="trust-grade-announced" type="date" value={form.announced_at} onChange={(e) => setForm({ ...form, announced_at: e.target.value })} />
          </Field>
          <div className="flex items-end gap-x-2">
            <Button type="submit" size="small" isLoading={busy}>{existing ? t.saveCorrection : t.addRound}</Button>
            <Button type="button" size="small" variant="secondary" onClick={() => setForm(null)}>{t.cancel}</Button>
          </div>
        </form>
      )}
    </section>
  )
}
