import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import { roundYear, termLabel } from "@/lib/catalog/labels"
import type { Fabric, Vocabularies } from "@/lib/catalog/types"

/** The Thai-fabric facts of a textile, each code in the reader's language. */
export function FabricAttributes({ fabric, vocabularies }: { fabric: Fabric; vocabularies: Vocabularies }) {
  const t = useTranslations("Catalog.fabric")
  const locale = useLocale() as AppLocale
  const rows: { key: string; label: string; value: string }[] = [
    { key: "fiber", label: t("fiber"), value: termLabel(vocabularies.fiber, fabric.fiber, locale) },
  ]
  if (fabric.techniques.length) {
    rows.push({ key: "techniques", label: t("techniques"), value: fabric.techniques.map((code) => termLabel(vocabularies.technique, code, locale)).join(", ") })
  }
  if (fabric.dye) rows.push({ key: "dye", label: t("dye"), value: termLabel(vocabularies.dye, fabric.dye, locale) })
  if (fabric.fabricType) rows.push({ key: "fabricType", label: t("fabricType"), value: termLabel(vocabularies.fabricType, fabric.fabricType, locale) })
  if (fabric.royalPattern) {
    const name = termLabel(vocabularies.royalPattern, fabric.royalPattern, locale)
    rows.push({
      key: "royalPattern",
      label: t("royalPattern"),
      value: fabric.royalPatternYearBe ? t("royalPatternYear", { pattern: name, year: String(roundYear(fabric.royalPatternYearBe, locale)) }) : name,
    })
  }
  if (fabric.provincialPattern) rows.push({ key: "provincialPattern", label: t("provincialPattern"), value: fabric.provincialPattern })
  if (fabric.handWoven !== null) rows.push({ key: "handWoven", label: t("handWoven"), value: fabric.handWoven ? t("yes") : t("no") })

  return (
    <dl data-testid="fabric-attributes" className="grid grid-cols-[auto_1fr] gap-x-5 gap-y-1.5 text-sm">
      {rows.map((row) => (
        <div key={row.key} className="contents">
          <dt className="text-ink-soft">{row.label}</dt>
          <dd data-attribute={row.key} className="font-medium text-ink">
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** Soft-power sectors and campaigns as labelled chips. */
export function SoftPowerList({ sectors, campaigns, vocabularies }: { sectors: string[]; campaigns: string[]; vocabularies: Vocabularies }) {
  const t = useTranslations("Catalog.softPower")
  const locale = useLocale() as AppLocale
  if (!sectors.length && !campaigns.length) return null
  const chip = "rounded-full bg-indigo-soft px-3 py-1 text-xs font-semibold text-indigo"
  return (
    <div data-testid="soft-power" className="space-y-2 text-sm">
      {sectors.length > 0 && (
        <div>
          <p className="mb-1 text-ink-soft">{t("sectors")}</p>
          <ul role="list" className="flex flex-wrap gap-1.5">
            {sectors.map((code) => (
              <li key={code} className={chip}>
                {termLabel(vocabularies.softPower, code, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {campaigns.length > 0 && (
        <div>
          <p className="mb-1 text-ink-soft">{t("campaigns")}</p>
          <ul role="list" className="flex flex-wrap gap-1.5">
            {campaigns.map((code) => (
              <li key={code} className="rounded-full bg-gold-soft px-3 py-1 text-xs font-semibold text-gold-deep">
                {termLabel(vocabularies.campaign, code, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
