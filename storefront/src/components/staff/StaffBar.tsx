import { useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import type { StaffMe } from "@/lib/staff/types"
import { officerName, provinceNames } from "./format"

type StaffBarProps = {
  staff: StaffMe["staff"]
  locale: AppLocale
  signOut: (form: FormData) => Promise<void>
}

/** The desk's top bar: who is signed in, their area (nationwide or provinces), and sign-out. */
export function StaffBar({ staff, locale, signOut }: StaffBarProps) {
  const t = useTranslations("Staff")
  const provinces = provinceNames(staff.province_codes, locale)
  const scope = staff.is_national ? t("header.national") : provinces.length ? provinces.join(", ") : t("header.noProvinces")
  return (
    <div className="bg-indigo text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-gold-soft">
            {t("deskName")} · {t("department")}
          </p>
          <p className="truncate text-sm text-indigo-soft" data-testid="staff-officer">
            <span className="sr-only">{t("header.officer")}: </span>
            <span className="font-semibold text-white">{officerName(staff)}</span>
            {staff.position && <span> · {staff.position}</span>}
          </p>
          <p className="text-sm text-indigo-soft" data-testid="staff-scope" data-national={staff.is_national ? "true" : "false"}>
            {t("header.scope")}: <span className="font-semibold text-white">{scope}</span>
          </p>
        </div>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-full border border-white/30 px-4 text-sm font-semibold text-white transition hover:bg-white/10"
          >
            {t("header.signOut")}
          </button>
        </form>
      </div>
    </div>
  )
}
