import Image from "next/image"
import { useLocale, useTranslations } from "next-intl"
import { HandsIcon, PinIcon } from "@/components/icons"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { ProducerGroup } from "@/lib/catalog/producer-group"
import { provinceName } from "@/lib/provinces"
import { summarize } from "@/lib/site"

type ProducerGroupCardProps = {
  group: ProducerGroup
  /** full: the product page's card with the story; compact: a tile in a list of groups. */
  size?: "full" | "compact"
  /** Heading level inside the page's outline. */
  headingLevel?: 2 | 3
}

/** Who made it: the group's name, village and province, its story, and a link to its page. */
export function ProducerGroupCard({ group, size = "compact", headingLevel = 3 }: ProducerGroupCardProps) {
  const t = useTranslations("Shop.group")
  const locale = useLocale() as AppLocale
  const Heading = `h${headingLevel}` as const
  const province = group.location?.province ?? provinceName(group.provinceCode, locale)
  const place = [group.village && (group.moo ? `${group.village} ${t("moo", { moo: group.moo })}` : group.village), group.location?.subdistrict, province]
    .filter(Boolean)
    .join(" · ")
  const story = size === "full" ? summarize(group.story, 320) : summarize(group.story, 110)

  return (
    <article
      data-testid="group-card"
      data-handle={group.handle}
      className="relative flex h-full gap-3 rounded-2xl border border-line bg-white p-4 transition hover:border-gold/60 hover:shadow-md focus-within:ring-3 focus-within:ring-gold sm:gap-4 sm:p-5"
    >
      <div className="relative h-14 w-14 shrink-0 overflow-hidden rounded-xl bg-indigo-soft text-indigo sm:h-16 sm:w-16">
        {group.logo ? (
          <Image src={group.logo} alt={t("logoAlt", { name: group.name })} fill sizes="64px" className="object-cover" unoptimized={/\.svg(\?|$)/i.test(group.logo)} />
        ) : (
          <span className="flex h-full w-full items-center justify-center">
            <HandsIcon className="h-8 w-8" />
          </span>
        )}
      </div>
      <div className="min-w-0 flex-1 space-y-1">
        {size === "full" && <p className="text-xs font-semibold uppercase tracking-wide text-gold-deep">{t("cardTitle")}</p>}
        <Heading className="font-bold leading-snug text-ink">
          {/* The whole card is the link; its name is the group's. */}
          <Link href={`/producers/${group.handle}`} className="after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-none">
            {group.name}
          </Link>
        </Heading>
        {place && (
          <p className="flex items-start gap-1 text-sm text-ink-soft">
            <PinIcon className="mt-0.5 h-4 w-4 shrink-0 text-gold-deep" />
            <span>
              <span className="sr-only">{t("location")}: </span>
              {place}
            </span>
          </p>
        )}
        {story && <p className={`text-sm leading-relaxed text-ink ${size === "compact" ? "line-clamp-2" : ""}`}>{story}</p>}
        {size === "full" && (
          <p aria-hidden="true" className="pt-1 text-sm font-semibold text-indigo">
            {t("visit")} →
          </p>
        )}
      </div>
    </article>
  )
}
