import { useTranslations } from "next-intl"
import { secondaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"

/** What a staff-role member sees on an owners-only page (team, settings). */
export function OwnersOnly() {
  const t = useTranslations("Manage.ownersOnly")
  return (
    <section data-testid="owners-only" className="space-y-4 rounded-2xl border border-gold/40 bg-gold-soft/60 p-5">
      <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
      <p className="text-ink-soft">{t("body")}</p>
      <Link href="/producer" className={secondaryButtonClass}>
        {t("back")}
      </Link>
    </section>
  )
}

/** A short notice in place of the page (no group, loading failed). */
export function PageNotice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-ink">{title}</h1>
      <p className="rounded-2xl border border-line bg-white p-5 text-ink-soft">{children}</p>
    </div>
  )
}
