import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import type { GroupClosure } from "@/lib/closure"
import { formatDate } from "@/lib/dates"

/** A temporarily closed group: its products stay visible, and this says when they can be ordered again. */
export function ClosureNotice({ closure }: { closure: GroupClosure }) {
  const t = useTranslations("Product")
  const locale = useLocale() as AppLocale
  return (
    <section role="status" data-testid="group-closed" className="rounded-2xl border border-gold/40 bg-gold-soft p-4 text-sm text-ink">
      <h2 className="font-semibold text-gold-deep">{t("closedTitle")}</h2>
      <p className="mt-1">{t("closedUntil", { date: formatDate(closure.closedUntil, locale) })}</p>
      {closure.note && <p className="mt-1 text-ink-soft">{t("closedNote", { note: closure.note })}</p>}
    </section>
  )
}
