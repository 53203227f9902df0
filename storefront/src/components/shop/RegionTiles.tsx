import { useTranslations } from "next-intl"
import { PinIcon } from "@/components/icons"
import { Link } from "@/i18n/navigation"
import { REGION_CODES } from "@/lib/catalog/params"
import type { FacetCount } from "@/lib/catalog/types"

/** Thailand's six regions, each leading to its listing, with its number of products. */
export function RegionTiles({ counts, names }: { counts: FacetCount[]; names: Record<string, string> }) {
  const t = useTranslations("Shop.home")
  const countOf = new Map(counts.map((c) => [c.value, c.count]))
  return (
    <ul role="list" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {REGION_CODES.map((code) => (
        <li key={code}>
          <Link
            href={`/regions/${code}`}
            data-region={code}
            className="flex h-full flex-col gap-1 rounded-2xl border border-line bg-white p-3 transition hover:border-gold hover:shadow-md sm:p-4"
          >
            <PinIcon className="h-5 w-5 text-gold-deep" />
            <span className="font-semibold leading-snug text-ink">{names[code]}</span>
            <span className="text-xs text-ink-soft">{t("productCount", { count: countOf.get(code) ?? 0 })}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
