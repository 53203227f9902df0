import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import { issuerName, schemeLabel, visibleCertifications } from "@/lib/catalog/labels"
import type { Certification, Scheme } from "@/lib/catalog/types"
import { formatDate } from "@/lib/dates"
import { ExternalLinkIcon, ShieldCheckIcon } from "./icons"

type CertificationBadgesProps = {
  certifications: Certification[]
  schemes: Scheme[]
  /** compact: short chips on a card; full: the product page's list with numbers and look-ups. */
  size?: "compact" | "full"
  /** Chips shown on a card before "+N". */
  max?: number
  /** The moment badges are judged unexpired (tests); now by default. */
  now?: Date
}

/** Verified, unexpired certifications only: a pending, rejected or expired one never shows as a badge. */
export function CertificationBadges({ certifications, schemes, size = "compact", max = 3, now }: CertificationBadgesProps) {
  const t = useTranslations("Catalog.certs")
  const locale = useLocale() as AppLocale
  const shown = visibleCertifications(certifications, now)
  if (shown.length === 0) return null

  if (size === "compact") {
    const chips = shown.slice(0, max)
    const rest = shown.length - chips.length
    // Short names exist for the known schemes; a scheme added later as data shows its full label.
    const dynamic = t as unknown as { has: (key: string) => boolean } & ((key: string) => string)
    const shortName = (code: string) => (dynamic.has(`short.${code}`) ? dynamic(`short.${code}`) : schemeLabel(schemes, code, locale))
    return (
      <ul role="list" aria-label={t("listLabel")} className="flex flex-wrap gap-1">
        {chips.map((c) => (
          <li
            key={`${c.scheme}-${c.number ?? ""}`}
            data-testid="cert-badge"
            data-scheme={c.scheme}
            title={schemeLabel(schemes, c.scheme, locale)}
            className="inline-flex items-center gap-0.5 rounded-md bg-leaf-soft px-1.5 py-0.5 text-xs font-semibold text-leaf"
          >
            <ShieldCheckIcon className="h-3.5 w-3.5 shrink-0" />
            <span aria-hidden="true">{shortName(c.scheme)}</span>
            <span className="sr-only">{t("verifiedChip", { label: schemeLabel(schemes, c.scheme, locale) })}</span>
          </li>
        ))}
        {rest > 0 && (
          <li className="inline-flex items-center rounded-md bg-paper-deep px-1.5 py-0.5 text-xs font-semibold text-ink-soft">
            <span aria-hidden="true">+{rest}</span>
            <span className="sr-only">{t("more", { count: rest })}</span>
          </li>
        )}
      </ul>
    )
  }

  return (
    <ul role="list" className="grid gap-3">
      {shown.map((c) => {
        const label = schemeLabel(schemes, c.scheme, locale)
        const issuer = issuerName(schemes, c.scheme, locale)
        return (
          <li
            key={`${c.scheme}-${c.number ?? ""}`}
            data-testid="cert-badge"
            data-scheme={c.scheme}
            className="flex gap-3 rounded-xl border border-leaf/30 bg-leaf-soft/60 p-3"
          >
            <ShieldCheckIcon className="mt-0.5 h-6 w-6 shrink-0 text-leaf" />
            <div className="min-w-0 space-y-0.5 text-sm">
              <p className="font-semibold text-ink">{label}</p>
              <p className="text-xs font-semibold text-leaf">{t("verified")}</p>
              {c.giName && <p className="text-ink">{t("giName", { name: c.giName })}</p>}
              {c.number && (
                <p className="text-ink-soft">
                  {t("number")} <span className="font-medium tabular-nums text-ink">{c.number}</span>
                </p>
              )}
              {c.expiresAt && <p className="text-ink-soft">{t("expires", { date: formatDate(c.expiresAt, locale) })}</p>}
              {c.lookupUrl && (
                <a
                  href={c.lookupUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="cert-lookup"
                  className="inline-flex items-center gap-1 font-semibold text-indigo underline-offset-2 hover:underline"
                >
                  {issuer ? t("lookup", { issuer }) : t("lookupGeneric")}
                  <ExternalLinkIcon className="h-3.5 w-3.5" />
                  <span className="sr-only"> {t("newTab")}</span>
                </a>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
