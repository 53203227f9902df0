import Form from "next/form"
import { useLocale, useTranslations } from "next-intl"
import { SearchIcon } from "./icons"

type SearchBoxProps = {
  /** The words already searched for (the search page fills them in). */
  defaultValue?: string | null
  className?: string
  id?: string
  /** Names the search landmark when a page has a second one (the header's is the default). */
  landmarkLabel?: string
}

/** The catalog's text search: a GET form to /search?q= (works without JavaScript). */
export function SearchBox({ defaultValue, className, id = "site-search", landmarkLabel }: SearchBoxProps) {
  const t = useTranslations("Catalog.searchBox")
  const locale = useLocale()
  return (
    <Form action={`/${locale}/search`} role="search" aria-label={landmarkLabel ?? t("label")} className={`relative flex items-center ${className ?? ""}`}>
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        maxLength={100}
        defaultValue={defaultValue ?? ""}
        placeholder={t("placeholder")}
        autoComplete="off"
        className="w-full rounded-full border border-line bg-white py-2 pl-4 pr-11 text-sm text-ink placeholder:text-ink-soft"
      />
      <button
        type="submit"
        className="absolute right-1 flex h-8 w-8 items-center justify-center rounded-full bg-indigo text-white transition hover:bg-indigo-deep"
      >
        <SearchIcon className="h-4 w-4" />
        <span className="sr-only">{t("submit")}</span>
      </button>
    </Form>
  )
}
