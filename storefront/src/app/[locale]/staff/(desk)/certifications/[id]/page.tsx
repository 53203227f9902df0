import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { safeDate } from "@/components/staff/format"
import { DetailRows, Section } from "@/components/staff/GroupDetail"
import { RejectForm, VerifyForm } from "@/components/staff/trust/CertificationDecision"
import { CertificationStatusBadge } from "@/components/staff/trust/CertificationStatusBadge"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { provinceName } from "@/lib/provinces"
import { requireStaff, withStaff } from "@/lib/staff/session"
import { canReject, certificationDocumentHref, detailEntries, localized, lookupHref, verifyBlock } from "@/lib/staff/trust"
import { decideCertification } from "@/lib/staff/trust-actions"
import { certificationSchemes, getStaffCertification } from "@/lib/staff/trust-data"

type PageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "StaffTrust.detail" })
  return { title: t("title") }
}

const KNOWN_DETAILS = ["gi_name", "gi_provinces", "provinces", "standard", "grade", "note"] as const

export default async function CertificationPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireStaff(locale)
  // Outside the officer's provinces, or unknown: the app's 404 page (the backend does not say which).
  const certification = await withStaff(session, locale, (token) => getStaffCertification(token, id))
  if (!certification) notFound()
  const [t, schemes] = await Promise.all([getTranslations("StaffTrust"), certificationSchemes()])
  const scheme = schemes.find((s) => s.code === certification.scheme)
  const schemeLabel = localized(certification.scheme_label, locale) || certification.scheme
  const number = certification.number_display || certification.number
  const lookup = lookupHref(certification.lookup_url, certification.number)
  const group = certification.producer_group
  const groupName = group ? group.name_th || group.name_en || group.handle : null
  const days = certification.expires_in_days
  const expires = safeDate(certification.expires_at, locale, { dateStyle: "long" })
  const block = verifyBlock(certification)
  const rejectable = canReject(certification)
  const details = detailEntries(certification.details)
  const detailLabel = (key: string) =>
    (KNOWN_DETAILS as readonly string[]).includes(key) ? t(`detail.detailKeys.${key as (typeof KNOWN_DETAILS)[number]}`) : key.replace(/_/g, " ")

  return (
    <div className="space-y-5">
      <Link href="/staff/certifications" className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-indigo hover:underline">
        <span aria-hidden="true">←</span> {t("detail.back")}
      </Link>

      <header className="space-y-2">
        <p className="text-sm font-semibold text-ink-soft">{t("detail.title")}</p>
        <h1 className="text-2xl font-bold text-ink" data-testid="cert-scheme">
          {schemeLabel}
        </h1>
        {number && (
          <p className="font-mono text-lg text-ink tabular-nums" data-testid="cert-number">
            {number}
          </p>
        )}
        <CertificationStatusBadge status={certification.status} />
        {certification.status_reason && certification.status === "rejected" && (
          <p className="whitespace-pre-line text-sm text-clay">{t("detail.statusReason", { reason: certification.status_reason })}</p>
        )}
      </header>

      <Section id="section-holder" title={t("detail.sections.holder")}>
        <DetailRows
          rows={[
            {
              key: "product",
              label: t("detail.fields.product"),
              value: certification.product ? (
                <span lang="th" data-testid="cert-product">
                  {certification.product.title}
                </span>
              ) : (
                t("detail.groupWide")
              ),
            },
            {
              key: "group",
              label: t("detail.fields.group"),
              value:
                group && groupName ? (
                  <Link href={`/staff/producer-groups/${group.id}`} className="font-semibold text-indigo underline-offset-4 hover:underline" lang="th">
                    {groupName}
                  </Link>
                ) : null,
            },
            { key: "province", label: t("detail.fields.province"), value: provinceName(certification.province_code, locale) ?? certification.province_code },
          ]}
        />
      </Section>

      <Section id="section-certificate" title={t("detail.sections.certificate")}>
        <DetailRows
          rows={[
            { key: "scheme", label: t("detail.fields.scheme"), value: schemeLabel },
            { key: "issuer", label: t("detail.fields.issuer"), value: scheme ? localized(scheme.issuer, locale) : null },
            { key: "number", label: t("detail.fields.number"), value: number ? <span className="font-mono tabular-nums">{number}</span> : null },
            { key: "certificate_number", label: t("detail.fields.certificateNumber"), value: certification.certificate_number },
            { key: "issued_at", label: t("detail.fields.issuedAt"), value: safeDate(certification.issued_at, locale, { dateStyle: "long" }) },
            {
              key: "expires_at",
              label: t("detail.fields.expiresAt"),
              value: expires ? (
                <span>
                  {expires}
                  {days !== null && (
                    <span className={`ml-2 text-sm ${days <= 0 ? "font-semibold text-clay" : "text-ink-soft"}`}>
                      {days <= 0 ? t("detail.expired") : t("detail.expiresIn", { days })}
                    </span>
                  )}
                </span>
              ) : (
                t("detail.noExpiry")
              ),
            },
            { key: "submitted_at", label: t("detail.fields.submittedAt"), value: safeDate(certification.created_at, locale, { dateStyle: "long", timeStyle: "short" }) },
            { key: "decided_at", label: t("detail.fields.decidedAt"), value: safeDate(certification.decided_at, locale, { dateStyle: "long", timeStyle: "short" }) },
            ...details.map(([key, value]) => ({ key: `details-${key}`, label: detailLabel(key), value })),
          ]}
        />
        <div className="mt-4 border-t border-line pt-4">
          {lookup ? (
            <p>
              <a
                href={lookup}
                target="_blank"
                rel="noopener noreferrer external"
                className="inline-flex min-h-11 items-center font-semibold text-indigo underline-offset-4 hover:underline"
                data-testid="cert-lookup"
              >
                {t("detail.lookup", { issuer: scheme ? localized(scheme.issuer, locale) : schemeLabel })}
                <span className="sr-only"> {t("detail.newTab")}</span>
                <span aria-hidden="true">&nbsp;↗</span>
              </a>
              <span className="block text-xs text-ink-soft">{t("detail.lookupHint")}</span>
            </p>
          ) : (
            <p className="text-sm text-ink-soft">{t("detail.noLookup")}</p>
          )}
        </div>
      </Section>

      <Section id="section-document" title={t("detail.sections.document")}>
        {certification.document_file_id ? (
          <a
            href={certificationDocumentHref(certification.id, locale)}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-11 items-center gap-2 font-semibold text-indigo underline-offset-4 hover:underline"
            data-testid="cert-document"
          >
            {t("detail.openDocument", { name: certification.document_filename ?? t("detail.document") })}
            <span className="sr-only"> {t("detail.newTab")}</span>
          </a>
        ) : (
          <p className="text-ink-soft" data-testid="cert-no-document">
            {t("detail.noDocument")}
          </p>
        )}
      </Section>

      <Section id="section-decision" title={t("detail.sections.decision")}>
        {certification.status === "pending" || certification.status === "draft" ? (
          <div className="space-y-5">
            <VerifyForm certificationId={certification.id} locale={locale} block={block} decide={decideCertification} />
            {rejectable && (
              <div className="border-t border-line pt-5">
                <RejectForm certificationId={certification.id} locale={locale} decide={decideCertification} />
              </div>
            )}
          </div>
        ) : (
          <p className="text-ink-soft" data-testid="cert-decided">
            {t("decision.alreadyDecided", { status: t(`certStatus.${certification.status === "verified" || certification.status === "rejected" || certification.status === "expired" ? certification.status : "unknown"}`) })}
          </p>
        )}
      </Section>
    </div>
  )
}
