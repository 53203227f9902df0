import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { AttachDocumentForm } from "@/components/producer/trust/AttachDocumentForm"
import { CertificationCard } from "@/components/producer/trust/CertificationCard"
import { TrustMessages } from "@/components/producer/trust/TrustMessages"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { listProducerProducts } from "@/lib/producer/data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { renewalOf, schemesByCode, statusKey } from "@/lib/producer/trust"
import { attachCertificationDocument } from "@/lib/producer/trust-actions"
import { getCertification, getTrustVocabularies, listGroupCertifications } from "@/lib/producer/trust-data"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Trust.detail" })
  return { title: t("title") }
}

/** One certification: its status and dates, what happened on submission, and a document to attach if it needs one. */
export default async function CertificationPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireProducer(locale)
  const [t, query] = await Promise.all([getTranslations("Trust.detail"), searchParams])
  const certification = await withSession(session, locale, (auth) => getCertification(auth, id))
  if (!certification) notFound()
  const [all, { products }, vocabularies] = await Promise.all([
    withSession(session, locale, (auth) => listGroupCertifications(auth)),
    withSession(session, locale, (auth) => listProducerProducts(auth)),
    getTrustVocabularies(locale),
  ])
  const schemes = schemesByCode(vocabularies.certification_schemes)
  const productTitle = certification.product_id ? (products.find((product) => product.id === certification.product_id)?.title ?? "—") : null
  const status = statusKey(certification.status)
  const attachIntro = status === "draft" ? t("attachDraft") : status === "rejected" ? t("attachRejected") : status === "pending" ? t("attachPending") : null

  return (
    <div className="space-y-5">
      <div>
        <Link href="/producer/certifications" className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">{t("title")}</h1>
      </div>

      {query.submitted && (
        <p role="status" data-testid="submitted-note" className={`rounded-xl px-4 py-3 text-sm font-semibold ${status === "draft" ? "bg-gold-soft text-gold-deep" : "bg-leaf-soft text-leaf"}`}>
          {status === "draft" ? t("submittedDraft") : t("submittedPending")}
        </p>
      )}
      {query.attached && status === "pending" && (
        <p role="status" data-testid="attached-note" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
          {t("attached")}
        </p>
      )}

      <CertificationCard
        certification={certification}
        scheme={schemes.get(certification.scheme)}
        locale={locale}
        productTitle={productTitle}
        renewed={!!renewalOf(certification, all)}
        now={new Date()}
        linkToDetail={false}
      />

      {attachIntro && (
        <section aria-labelledby="attach-title" className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
          <h2 id="attach-title" className="text-lg font-bold text-ink">
            {t("attachTitle")}
          </h2>
          <TrustMessages>
            <AttachDocumentForm locale={locale} certificationId={certification.id} intro={attachIntro} action={attachCertificationDocument} />
          </TrustMessages>
        </section>
      )}
    </div>
  )
}
