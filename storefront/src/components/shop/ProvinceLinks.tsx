import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { FacetCount } from "@/lib/catalog/types"
import { provinceName } from "@/lib/provinces"

/** Provinces as chips leading to their pages, with how many products each has. */
export function ProvinceLinks({ provinces, max }: { provinces: FacetCount[]; max?: number }) {
  const t = useTranslations("Shop.region")
  const locale = useLocale() as AppLocale
  const shown = provinces
    .filter((province) => province.count > 0 && provinceName(province.value, locale))
    .slice(0, max ?? provinces.length)
  return (
    <ul role="list" className="flex flex-wrap gap-2" data-testid="province-links">
      {shown.map((province) => (
        <li key={province.value}>
          <Link
            href={`/provinces/${province.value}`}
            data-province={province.value}
            className="inline-flex min-h-9 items-center rounded-full border border-line bg-white px-3 py-1.5 text-sm font-medium text-ink transition hover:border-indigo hover:text-indigo"
          >
            {t("provinceCount", { name: provinceName(province.value, locale)!, count: province.count })}
          </Link>
        </li>
      ))}
    </ul>
  )
}
