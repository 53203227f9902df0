import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { GradeImport } from "@/components/staff/trust/GradeImport"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { requireStaff } from "@/lib/staff/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "StaffTrust.import" })
  return { title: t("title") }
}

export default async function GradeImportPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  await requireStaff(locale)
  const t = await getTranslations("StaffTrust.import")
  return (
    <div className="space-y-5">
      <Link href="/staff/grades" className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-indigo hover:underline">
        <span aria-hidden="true">←</span> {t("back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="text-sm text-ink-soft">{t("intro")}</p>
      </header>
      <GradeImport />
    </div>
  )
}
