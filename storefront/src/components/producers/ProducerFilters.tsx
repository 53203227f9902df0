import Form from "next/form"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { REGION_CODES } from "@/lib/catalog/params"
import type { ProducersQuery } from "@/lib/producers/list-params"
import { PROVINCE_CODES, provinceName } from "@/lib/provinces"

type ProducerFiltersProps = {
  query: ProducersQuery
  /** Region code → name in the reader's language. */
  regionNames: Record<string, string>
}

/** Province and region choice: a plain GET form (works without JavaScript) that starts again at page 1. */
export function ProducerFilters({ query, regionNames }: ProducerFiltersProps) {
  const t = useTranslations("Producers.filters")
  const locale = useLocale() as AppLocale
  const provinces = PROVINCE_CODES.map((code) => ({ code, name: provinceName(code, locale)! })).sort((a, b) => a.name.localeCompare(b.name, locale))
  const filtered = query.province !== null || query.region !== null
  return (
    <Form action={`/${locale}/producers`} className="rounded-2xl border border-line bg-white p-4" data-testid="producer-filters">
      <fieldset className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <legend className="mb-2 text-sm font-semibold text-ink">{t("legend")}</legend>
        <FilterSelect
          name="region"
          label={t("region")}
          anyLabel={t("anyRegion")}
          value={query.region}
          options={REGION_CODES.map((code) => ({ code, name: regionNames[code] ?? code }))}
        />
        <FilterSelect name="province" label={t("province")} anyLabel={t("anyProvince")} value={query.province} options={provinces} />
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-full bg-indigo px-5 py-2 font-semibold text-white transition hover:bg-indigo-deep">
            {t("apply")}
          </button>
          {filtered && (
            <Link href="/producers" className="text-sm font-semibold text-indigo hover:underline">
              {t("clear")}
            </Link>
          )}
        </div>
      </fieldset>
      {query.rejected.length > 0 && (
        <ul role="alert" className="mt-3 space-y-1 text-sm text-red-800">
          {query.rejected.map((filter) => (
            <li key={filter}>{t(filter === "province" ? "rejectedProvince" : "rejectedRegion")}</li>
          ))}
        </ul>
      )}
    </Form>
  )
}

type FilterSelectProps = {
  name: "region" | "province"
  label: string
  /** The first choice, no filter. */
  anyLabel: string
  value: string | null
  options: { code: string; name: string }[]
}

/** One labelled filter of the form; its field name is the URL parameter. */
function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={`producers-${name}`} className="text-sm text-ink-soft">
        {label}
      </label>
      <select id={`producers-${name}`} name={name} defaultValue={value ?? ""} className="w-full rounded-xl border border-line bg-white px-3 py-2 text-ink">
        <option value="">{anyLabel}</option>
        {options.map(({ code, name: optionName }) => (
          <option key={code} value={code}>
            {optionName}
          </option>
        ))}
      </select>
    </div>
  )
}
