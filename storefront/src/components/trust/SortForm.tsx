import Form from "next/form"
import { useTranslations } from "next-intl"
import { SORTS, type SearchState } from "@/lib/catalog/params"
import { AutoSubmitSelect } from "./AutoSubmitSelect"
import { HiddenState } from "./FacetPanel"

/** The order of the results: a GET form that keeps every filter and goes back to page 1. */
export function SortForm({ state, action }: { state: SearchState; action: string }) {
  const t = useTranslations("Catalog.sort")
  return (
    <Form action={action} className="flex items-center gap-2 text-sm">
      <HiddenState state={state} omit={["sort", "page"]} />
      <label htmlFor="sort" className="shrink-0 text-ink-soft">
        {t("label")}
      </label>
      <AutoSubmitSelect
        id="sort"
        name="sort"
        defaultValue={state.sort}
        className="rounded-full border border-line bg-white py-1.5 pl-3 pr-8 font-medium text-ink"
      >
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(sort)}
          </option>
        ))}
      </AutoSubmitSelect>
      <noscript>
        <button type="submit" className="rounded-full border border-indigo px-3 py-1.5 font-semibold text-indigo">
          {t("apply")}
        </button>
      </noscript>
    </Form>
  )
}
