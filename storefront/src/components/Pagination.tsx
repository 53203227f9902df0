import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { ArrowLeftIcon, ArrowRightIcon } from "./icons"

type PaginationProps = {
  page: number
  pages: number
  /** Path without locale, e.g. "/" or "/categories/food". */
  pathname: string
  /** Other URL parameters to keep on every page (e.g. the search's filters). */
  query?: Record<string, string | string[]>
  /** The anchor of the list the links land on. */
  hash?: string
}

/** Previous / next links with ?page=N (plain links: works without JavaScript, crawlable). */
export function Pagination({ page, pages, pathname, query = {}, hash = "products" }: PaginationProps) {
  const t = useTranslations("Pagination")
  if (pages <= 1) return null
  const hrefFor = (target: number) => ({
    pathname,
    query: target > 1 ? { ...query, page: String(target) } : query,
    hash,
  })
  const linkClass =
    "inline-flex items-center gap-1.5 rounded-full border border-line bg-white px-4 py-2 text-sm font-semibold text-indigo transition hover:border-indigo"
  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <ArrowLeftIcon className="h-4 w-4" />
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-soft" aria-live="polite">
        {t("status", { page, pages })}
      </p>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("next")}
          <ArrowRightIcon className="h-4 w-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** Page number from ?page=, clamped to 1 or more. */
export function parsePage(value: string | string[] | undefined): number {
  const page = Number.parseInt(Array.isArray(value) ? value[0] : (value ?? "1"), 10)
  return Number.isFinite(page) && page > 0 ? page : 1
}
