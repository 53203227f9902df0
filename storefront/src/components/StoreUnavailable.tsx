import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { CloudOffIcon } from "./icons"

/** Shown instead of the catalog when the backend cannot be reached: a message, not a crash. */
export function StoreUnavailable({ retryHref }: { retryHref: string }) {
  const t = useTranslations("Errors")
  return (
    <div role="alert" className="mx-auto my-10 max-w-lg rounded-2xl border border-line bg-white p-6 text-center shadow-sm sm:p-8">
      <span className="mx-auto mb-4 flex h-14 w-14 items-center justify-center rounded-full bg-gold-soft text-gold-deep">
        <CloudOffIcon className="h-7 w-7" />
      </span>
      <h2 className="text-lg font-bold text-ink sm:text-xl">{t("storeUnavailableTitle")}</h2>
      <p className="mt-2 text-ink-soft">{t("storeUnavailableText")}</p>
      <Link
        href={retryHref}
        className="mt-5 inline-flex items-center rounded-full bg-indigo px-5 py-2.5 font-semibold text-white transition hover:bg-indigo-deep"
      >
        {t("retry")}
      </Link>
    </div>
  )
}
