import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { secondaryButtonClass } from "@/components/producer/fields"
import { ManageMessages } from "@/components/producer/manage/ManageMessages"
import { PageNotice } from "@/components/producer/manage/OwnersOnly"
import { ImportForm } from "@/components/producer/manage/ImportForm"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { IMPORT_COLUMNS, OPTIONAL_IMPORT_COLUMNS } from "@/lib/producer/manage"
import { importProducts } from "@/lib/producer/manage-actions"
import { requireProducer } from "@/lib/producer/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Manage.import" })
  return { title: t("title") }
}

/** CSV import of products (owners and staff): template, upload, per-row verdict, explicit mode. */
export default async function ProducerImportPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const t = await getTranslations("Manage")
  if (!session.group) return <PageNotice title={t("import.title")}>{t("noGroup")}</PageNotice>

  return (
    <ManageMessages>
      <div className="space-y-6">
        <div>
          <Link href="/producer/products" className="text-sm font-semibold text-indigo hover:underline">
            ← {t("import.back")}
          </Link>
          <h1 className="mt-2 text-2xl font-bold text-ink">{t("import.title")}</h1>
          <p className="text-sm text-ink-soft">{t("import.intro")}</p>
        </div>

        <section aria-labelledby="template-title" className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
          <h2 id="template-title" className="text-lg font-bold text-ink">
            {t("import.templateTitle")}
          </h2>
          <p className="text-sm text-ink-soft">{t("import.templateHint")}</p>
          {/* A route handler of ours: the backend's template with the producer's token, as a download. */}
          <a href={`/api/producer/import-template?locale=${locale}`} download className={`${secondaryButtonClass} w-full sm:w-auto`}>
            {t("import.download")}
          </a>
          <details className="rounded-xl bg-paper-deep/60 px-4 py-3 text-sm">
            <summary className="min-h-11 cursor-pointer py-2 font-semibold text-ink">{t("import.columnsTitle")}</summary>
            <dl className="mt-2 space-y-2">
              {IMPORT_COLUMNS.map((column) => (
                <div key={column}>
                  <dt className="font-semibold text-ink">
                    {t(`import.columns.${column}`)} <code className="text-xs font-normal text-ink-soft">{column}</code>{" "}
                    <span className="text-xs font-normal text-ink-soft">
                      ({OPTIONAL_IMPORT_COLUMNS.includes(column) ? t("import.optional") : t("import.required")})
                    </span>
                  </dt>
                  <dd className="text-ink-soft">{t(`import.columnHints.${column}`)}</dd>
                </div>
              ))}
            </dl>
          </details>
        </section>

        <section aria-labelledby="upload-title" className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
          <h2 id="upload-title" className="text-lg font-bold text-ink">
            {t("import.uploadTitle")}
          </h2>
          <ImportForm action={importProducts} locale={locale} />
        </section>
      </div>
    </ManageMessages>
  )
}
