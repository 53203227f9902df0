import { Badge, Button, Heading, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useRef, useState } from "react"
import { type Certification, errorText, trustApi, type TrustData, trustPath } from "./api"
import { Choice, Field, fieldOfError } from "./fields"
import { formatDate, type Lang, type Text as Strings } from "./text"

const STATUS_COLOUR: Record<Certification["status"], "grey" | "orange" | "green" | "red"> = {
  draft: "grey",
  pending: "orange",
  verified: "green",
  rejected: "red",
  expired: "grey",
}

type Form = { scheme: string | null; number: string; certificate_number: string; issued_at: string; expires_at: string }
const EMPTY: Form = { scheme: null, number: "", certificate_number: "", issued_at: "", expires_at: "" }

/** The product's (and its group's) certifications: verify or reject pending ones, add one. */
export function CertificationsSection({ data, lang, t, onChange }: { data: TrustData; lang: Lang; t: Strings; onChange: (d: TrustData) => void }) {
  const [rejecting, setRejecting] = useState<{ id: string; reason: string; error: string | null } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [form, setForm] = useState<Form | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const documentInput = useRef<HTMLInputElement>(null)
  const editable = !!data.product.group
  const productSchemes = data.certification_schemes.filter((s) => s.applies_to === "product")
  const chosen = form?.scheme ? data.certification_schemes.find((s) => s.code === form.scheme) : undefined
  const label = (c: Certification) => c.scheme_label?.[lang] ?? c.scheme

  const run = async (key: string, call: () => Promise<TrustData>) => {
    setBusy(key)
    try {
      onChange(await call())
      toast.success(t.saved)
      return true
    } catch (error) {
      toast.error(t.saveFailed, { description: errorText(error) })
      return false
    } finally {
      setBusy(null)
    }
  }

  const verify = (c: Certification) => run(`verify-${c.id}`, () => trustApi(data.product.id, `/certifications/${c.id}/verify`, {}))
  const reject = async (event: FormEvent) => {
    event.preventDefault()
    if (!rejecting) return
    if (!rejecting.reason.trim()) return setRejecting({ ...rejecting, error: t.reasonRequired })
    const done = await run(`reject-${rejecting.id}`, () => trustApi(data.product.id, `/certifications/${rejecting.id}/reject`, { reason: rejecting.reason.trim() }))
    if (done) setRejecting(null)
  }

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!form) return
    if (!form.scheme) return setErrors({ scheme: t.schemeRequired })
    setErrors({})
    const body = new FormData()
    body.append("scheme", form.scheme)
    for (const key of ["number", "certificate_number", "issued_at", "expires_at"] as const) if (form[key].trim()) body.append(key, form[key].trim())
    const file = documentInput.current?.files?.[0]
    if (file) body.append("document", file)
    setBusy("add")
    try {
      onChange(await trustApi(data.product.id, "/certifications", body))
      setForm(null)
      toast.success(t.saved)
    } catch (error) {
      const { field, message } = fieldOfError(errorText(error))
      if (field) setErrors({ [field]: message })
      toast.error(t.saveFailed, { description: message })
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="trust-certifications" className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h2" id="trust-certifications">{t.certifications}</Heading>
        {editable && !form && (
          <Button size="small" variant="secondary" onClick={() => { setErrors({}); setForm(EMPTY) }}>{t.addCertification}</Button>
        )}
      </div>
      {data.certifications.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">{t.noCertifications}</Text>
      ) : (
        // Four columns fit the product page's main column; a scroll takes over when it is narrower.
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t.scheme} · {t.number}</Table.HeaderCell>
                <Table.HeaderCell>{t.status}</Table.HeaderCell>
                <Table.HeaderCell>{t.validity}</Table.HeaderCell>
                <Table.HeaderCell>{t.links}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.certifications.map((c) => (
                <Table.Row key={c.id} data-testid={`certification-${c.id}`} className="align-top">
                  <Table.Cell className="py-2">
                    <div className="flex flex-col">
                      <span>{label(c)}</span>
                      <span className="font-medium">{c.number_display || t.none}</span>
                      {c.certificate_number && <Text size="xsmall" className="text-ui-fg-subtle">{t.certificateNumber} {c.certificate_number}</Text>}
                      {c.applies_to === "group" && <Text size="xsmall" className="text-ui-fg-subtle">{t.wholeGroup}</Text>}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <div className="flex flex-col items-start gap-y-1">
                      <Badge size="2xsmall" color={STATUS_COLOUR[c.status]}>{t.statuses[c.status] ?? c.status}</Badge>
                      {c.status_reason && <Text size="xsmall" className="text-ui-fg-subtle">{c.status_reason}</Text>}
                      {c.decided_by_actor?.email && (
                        <Text size="xsmall" className="text-ui-fg-muted">{t.decidedBy} {c.decided_by_actor.email}</Text>
                      )}
                      {c.status === "pending" && (
                        <div className="flex gap-x-1">
                          <Button size="small" variant="secondary" isLoading={busy === `verify-${c.id}`} onClick={() => verify(c)} aria-label={`${t.verify}: ${label(c)}`}>
                            {t.verify}
                          </Button>
                          <Button size="small" variant="danger" onClick={() => setRejecting({ id: c.id, reason: "", error: null })} aria-label={`${t.reject}: ${label(c)}`}>
                            {t.reject}
                          </Button>
                        </div>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <div className="flex flex-col">
                      <Text size="xsmall">{t.issuedAt}: {formatDate(c.issued_at, lang)}</Text>
                      <Text size="xsmall">{t.expiresAt}: {formatDate(c.expires_at, lang)}</Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <div className="flex flex-col">
                      {c.has_document ? (
                        <a className="text-ui-fg-interactive hover:underline" href={trustPath(data.product.id, `/certifications/${c.id}/document`)} target="_blank" rel="noreferrer">
                          {t.openDocument}
                        </a>
                      ) : (
                        <span className="text-ui-fg-subtle">{t.noDocument}</span>
                      )}
                      {c.lookup_url && (
                        <a className="text-ui-fg-interactive hover:underline" href={c.lookup_url} target="_blank" rel="noreferrer">{t.lookup}</a>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {rejecting && (
        <form onSubmit={reject} noValidate className="flex flex-col gap-y-2 rounded-lg border border-ui-border-base p-4" aria-label={t.rejectReason}>
          <Field id="trust-reject-reason" label={`${t.rejectReason}: ${label(data.certifications.find((c) => c.id === rejecting.id)!)}`} error={rejecting.error}>
            <Textarea id="trust-reject-reason" value={rejecting.reason} onChange={(e) => setRejecting({ ...rejecting, reason: e.target.value, error: null })} />
          </Field>
          <div className="flex gap-x-2">
            <Button type="submit" size="small" variant="danger" isLoading={busy === `reject-${rejecting.id}`}>{t.confirmReject}</Button>
            <Button type="button" size="small" variant="secondary" onClick={() => setRejecting(null)}>{t.cancel}</Button>
          </div>
        </form>
      )}
      {form && (
        <form onSubmit={add} noValidate className="grid gap-3 rounded-lg border border-ui-border-base p-4 md:grid-cols-2" aria-label={t.addCertification}>
          <Field id="trust-cert-scheme" label={t.scheme} error={errors.scheme}>
            <Choice
              id="trust-cert-scheme"
              value={form.scheme}
              onChange={(v) => setForm({ ...form, scheme: v })}
              placeholder={t.chooseScheme}
              options={productSchemes.map((s) => ({ value: s.code, label: s.label[lang] }))}
            />
          </Field>
          <Field
            id="trust-cert-number"
            label={t.number}
            error={errors.number}
            hint={chosen?.number_hint ? `${t.numberHint}: ${chosen.number_hint[lang]}` : null}
          >
            <Input id="trust-cert-number" placeholder={chosen?.number_example ?? ""} value={form.number} onChange={(e) => setForm({ ...form, number: e.target.value })} />
          </Field>
          <Field id="trust-cert-certificate" label={t.certificateNumber} error={errors.certificate_number}>
            <Input id="trust-cert-certificate" value={form.certificate_number} onChange={(e) => setForm({ ...form, certificate_number: e.target.value })} />
          </Field>
          <Field id="trust-cert-document" label={t.document} hint={t.documentHint} error={errors.document}>
            <input id="trust-cert-document" ref={documentInput} type="file" accept="application/pdf,image/jpeg,image/png,image/webp" className="text-ui-fg-base txt-small" />
          </Field>
          <Field id="trust-cert-issued" label={t.issuedAt} error={errors.issued_at}>
            <Input id="trust-cert-issued" type="date" value={form.issued_at} onChange={(e) => setForm({ ...form, issued_at: e.target.value })} />
          </Field>
          <Field id="trust-cert-expires" label={t.expiresAt} error={errors.expires_at}>
            <Input id="trust-cert-expires" type="date" value={form.expires_at} onChange={(e) => setForm({ ...form, expires_at: e.target.value })} />
          </Field>
          <div className="flex gap-x-2 md:col-span-2">
            <Button type="submit" size="small" isLoading={busy === "add"}>{t.add}</Button>
            <Button type="button" size="small" variant="secondary" onClick={() => setForm(null)}>{t.cancel}</Button>
          </div>
        </form>
      )}
    </section>
  )
}
