import { useTranslations } from "next-intl"
import { HandsIcon } from "@/components/icons"
import { Link } from "@/i18n/navigation"

type ProducersEmptyProps = {
  /** Why the page is empty: the filters match nothing, the page is past the last one, or there are no groups at all. */
  reason: "filtered" | "pastLast" | "none"
  /** The first page with the same filters (for "pastLast"). */
  firstPageHref: { pathname: string; query: Record<string, string> }
}

/** No groups to show: says why and offers the way back (all groups, the first page, or the products). */
export function ProducersEmpty({ reason, firstPageHref }: ProducersEmptyProps) {
  const t = useTranslations("Producers.empty")
  const button = "inline-flex items-center rounded-full px-4 py-2 text-sm font-semibold transition"
  const title = reason === "filtered" ? t("title") : reason === "pastLast" ? t("pastLast") : t("titleNone")
  return (
    <div data-testid="producers-empty" role="status" className="rounded-2xl border border-dashed border-line bg-white p-6 text-center sm:p-8">
      <HandsIcon className="mx-auto h-10 w-10 text-gold-deep" />
      <h2 className="mt-3 text-lg font-bold text-ink">{title}</h2>
      {reason !== "pastLast" && <p className="mt-2 text-ink-soft">{reason === "filtered" ? t("text") : t("textNone")}</p>}
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        {reason === "pastLast" && (
          <Link href={firstPageHref} className={`${button} bg-indigo text-white hover:bg-indigo-deep`}>
            {t("firstPage")}
          </Link>
        )}
        {reason === "filtered" && (
          <Link href="/producers" className={`${button} bg-indigo text-white hover:bg-indigo-deep`}>
            {t("all")}
          </Link>
        )}
        <Link href="/search" className={`${button} border border-line text-ink hover:border-indigo`}>
          {t("browse")}
        </Link>
      </div>
    </div>
  )
}
