import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { HandsIcon } from "@/components/icons"
import { Pagination } from "@/components/Pagination"
import { ProducerFilters } from "@/components/producers/ProducerFilters"
import { ProducerList } from "@/components/producers/ProducerList"
import { ProducersEmpty } from "@/components/producers/ProducersEmpty"
import { JsonLd } from "@/components/shop/JsonLd"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import type { RawSearchParams } from "@/lib/catalog/params"
import { regionNames } from "@/lib/catalog/region-names"
import { logStoreError } from "@/lib/medusa"
import { listProducerGroups } from "@/lib/medusa/producer-groups"
import { GROUPS_PER_PAGE, pageCountOf, pageOffset, parseProducersQuery, producersFilterParams, type ProducersQuery } from "@/lib/producers/list-params"
import { provinceName } from "@/lib/provinces"
import { breadcrumbJsonLd } from "@/lib/seo/jsonld"
import { pageMetadata } from "@/lib/seo/metadata"

type ProducersPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

const PATH = "/producers"

/** The chosen province (or else region) by name, for the title: null when the list is not filtered. */
async function placeOf(query: ProducersQuery, locale: AppLocale): Promise<string | null> {
  if (query.province) return provinceName(query.province, locale)
  if (query.region) return (await regionNames())[query.region] ?? null
  return null
}

export async function generateMetadata({ params, searchParams }: ProducersPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const raw = await searchParams
  const query = parseProducersQuery(raw)
  const t = await getTranslations("Producers")
  const place = await placeOf(query, locale)
  return pageMetadata({
    locale,
    path: PATH,
    title: place ? t("titleIn", { place }) : t("title"),
    description: place ? t("metaDescriptionIn", { place }) : t("metaDescription"),
    // Filtered and later pages are crawled for their links; the plain list is the one indexed.
    noindex: Object.values(raw).some((value) => value !== undefined),
  })
}

/** /producers?page=&province=&region=: every approved producer group, paged, with filters. */
export default async function ProducersPage({ params, searchParams }: ProducersPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const query = parseProducersQuery(await searchParams)
  const [t, tProduct, names] = await Promise.all([getTranslations("Producers"), getTranslations("Product"), regionNames()])
  const filters = producersFilterParams(query)

  let result
  try {
    result = await listProducerGroups(locale, { province: query.province ?? undefined, region: query.region ?? undefined, limit: GROUPS_PER_PAGE, offset: pageOffset(query.page) })
  } catch (error) {
    logStoreError("producers list", error)
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={PATH} />
      </div>
    )
  }
  const { groups, count } = result
  const pages = pageCountOf(count)
  const place = await placeOf(query, locale)
  const title = place ? t("titleIn", { place }) : t("title")
  const filtered = Object.keys(filters).length > 0
  const trail = [
    { name: tProduct("home"), path: "/" },
    { name: t("breadcrumb"), path: PATH },
  ]

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-5 sm:px-6 sm:py-8">
      <JsonLd data={breadcrumbJsonLd(locale, trail)} />
      <Breadcrumbs label={tProduct("breadcrumb")} items={trail.map((crumb, index) => ({ label: crumb.name, href: index < trail.length - 1 ? crumb.path : undefined }))} />
      <header className="flex items-center gap-4">
        <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded-2xl bg-indigo-soft text-indigo">
          <HandsIcon className="h-8 w-8" />
        </span>
        <div>
          <h1 className="text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
          <p className="text-ink-soft">{t("intro")}</p>
        </div>
      </header>

      <ProducerFilters query={query} regionNames={names} />

      <section id="groups" aria-labelledby="producers-count" className="scroll-mt-24 space-y-4">
        <h2 id="producers-count" className="text-lg font-bold text-ink" data-testid="producers-count">
          {t("count", { count })}
        </h2>
        {groups.length > 0 ? (
          <ProducerList groups={groups} />
        ) : (
          <ProducersEmpty reason={count > 0 ? "pastLast" : filtered ? "filtered" : "none"} firstPageHref={{ pathname: PATH, query: filters }} />
        )}
        <Pagination page={Math.min(query.page, pages)} pages={pages} pathname={PATH} query={filters} hash="groups" />
      </section>
    </div>
  )
}
