import { useTranslations } from "next-intl"
import { ArrowRightIcon, HandsIcon, PinIcon, ReceiptIcon } from "./icons"
import { LogoMark } from "./Logo"

export function Hero() {
  const t = useTranslations("Home")
  return (
    <section aria-labelledby="hero-title" className="relative overflow-hidden bg-indigo text-white">
      <div aria-hidden="true" className="silk-pattern absolute inset-0 opacity-70" />
      <div className="relative mx-auto grid max-w-6xl items-center gap-8 px-4 py-7 sm:px-6 sm:py-14 md:grid-cols-[1.4fr_1fr] md:py-16">
        <div className="space-y-3.5 sm:space-y-5">
          <p className="inline-flex items-center gap-2 rounded-full bg-white/10 px-3 py-1 text-xs font-semibold text-gold-soft ring-1 ring-gold/40 sm:text-sm">
            <span aria-hidden="true" className="h-1.5 w-1.5 rotate-45 bg-gold" />
            {t("heroEyebrow")}
          </p>
          <h1 id="hero-title" className="text-[1.7rem] font-bold leading-tight sm:text-4xl md:text-[2.6rem]">
            {t("heroTitle")}
          </h1>
          <p className="max-w-xl text-[0.95rem] leading-relaxed text-indigo-soft sm:text-lg">{t("heroText")}</p>
          <div className="flex flex-wrap gap-3 pt-1">
            <a
              href="#products"
              className="inline-flex items-center gap-2 rounded-full bg-gold px-5 py-2.5 font-semibold text-indigo-deep shadow-sm transition hover:bg-gold-soft"
            >
              {t("heroCta")}
              <ArrowRightIcon className="h-4 w-4" />
            </a>
            <a
              href="#categories"
              className="hidden items-center rounded-full px-5 py-2.5 font-semibold text-white ring-1 ring-white/40 transition hover:bg-white/10 sm:inline-flex"
            >
              {t("heroSecondaryCta")}
            </a>
          </div>
        </div>
        <div aria-hidden="true" className="hidden justify-center md:flex">
          <div className="relative flex h-64 w-64 rotate-45 items-center justify-center rounded-[2.5rem] bg-gold/90 shadow-2xl ring-8 ring-white/10">
            <div className="silk-pattern absolute inset-4 rounded-[2rem] bg-indigo-deep" />
            <LogoMark className="relative h-24 w-24 -rotate-45" />
          </div>
        </div>
      </div>
    </section>
  )
}

export function TrustBar() {
  const t = useTranslations("Home")
  const items = [
    { icon: ReceiptIcon, label: t("trustVat") },
    { icon: HandsIcon, label: t("trustCommunity") },
    { icon: PinIcon, label: t("trustOrigin") },
  ]
  return (
    <ul role="list" className="mx-auto grid max-w-6xl grid-cols-3 gap-2 px-4 py-4 sm:gap-4 sm:px-6">
      {items.map(({ icon: Icon, label }) => (
        <li key={label} className="flex flex-col items-center gap-1.5 text-center text-xs font-medium text-ink-soft sm:flex-row sm:justify-center sm:text-left sm:text-sm">
          <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-gold-soft text-gold-deep">
            <Icon className="h-5 w-5" />
          </span>
          {label}
        </li>
      ))}
    </ul>
  )
}
