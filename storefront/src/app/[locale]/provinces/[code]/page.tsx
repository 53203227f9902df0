import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { PinIcon } from "@/components/icons"
import { SectionHeading } from "@/components/SectionHeading"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { CatalogListing } from "@/components/shop/CatalogListing"
import { JsonLd } from "@/components/shop/JsonLd"
import { ProducerGroupCard } from "@/components/shop/ProducerGroupCard"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { loadListing } from "@/lib/catalog/load-listing"
import type { RawSearchParams } from "@/lib/catalog/params"
import { regionNames } from "@/lib/catalog/region-names"
import { logStoreError } from "@/lib/medusa"
import { listProducerGroups } from "@/lib/medusa/producer-groups"
import { provinceName } from "@/lib/provinces"
import { breadcrumbJsonLd } from "@/lib/seo/jsonld"
import { pageMetadata } from "@/lib/seo/metadata"

type ProvincePageProps = {
  params: Promise<{ locale: string; code: string }>
  searchParams: Promise<RawSearchParams>
}

/** Groups shown above the products; the rest are a count. */
const GROUPS_SHOWN = 6

export async function generateMetadata({ params, searchParams }: ProvincePageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { code } = await params
  const province = provinceName(code, locale)
  if (!province) return { robots: { index: false } }
  const t = await getTranslations("Shop.province")
  const raw = await searchParams
  return pageMetadata({
    locale,
    path: `/provinces/${code}`,
    title: t("title", { province }),
    description: t("metaDescription", { province }),
    noindex: Object.values(raw).some((value) => value !== undefined),
  })
}

export default async function ProvincePage({ params, searchParams }: ProvincePageProps) {
  const locale = await resolveLocale(params)
  const { code } = await params
  const province = provinceName(code, locale)
  // Only the 77 provinces (DOPA codes) exist: anything else is the 404 page.
  if (!province) notFound()
  await connection()
  const raw = await searchParams
  const [t, tProduct] = await Promise.all([getTranslations("Shop.province"), getTranslations("Product")])
  const names = await regionNames()
  const path = `/provinces/${code}`

  let data
  try {
    const [listing, groups] = await Promise.all([
      loadListing(locale, raw, { kind: "province", value: code }, names),
      listProducerGroups(locale, { province: code, limit: GROUPS_SHOWN }),
    ])
    data = { listing, groups }
  } catch (error) {
    logStoreError(`province ${code}`, error)
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={path} />
      </div>
    )
  }
  const { listing, groups } = data
  // The province's region, from the catalog's region facet (a province lies in one region).
  const region = listing.page.facets.region[0]?.value ?? groups.groups[0]?.region ?? null
  const regionName = region ? names[region] : null
  const trail = [
    { label: tProduct("home"), href: "/", path: "/" },
    ...(region && regionName ? [{ label: regionName, href: `/regions/${region}`, path: `/regions/${region}` }] : []),
    { label: province, path },
  ]

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-5 sm:px-6 sm:py-8">
      <JsonLd data={breadcrumbJsonLd(locale, trail.map((crumb) => ({ name: crumb.label, path: crumb.path })))} />
      <Breadcrumbs label={tProduct("breadcrumb")} items={trail.map(({ label, href }, index) => ({ label, href: index < trail.length - 1 ? href : undefined }))} />
      <header className="flex items-center gap-4">
        <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded-2xl bg-gold-soft text-gold-deep">
          <PinIcon className="h-8 w-8" />
        </span>
        <div>
          <h1 className="text-2xl font-bold text-ink sm:text-3xl">{t("title", { province })}</h1>
          <p className="text-ink-soft">{t("intro", { province })}</p>
        </div>
      </header>

      {groups.groups.length > 0 && (
        <section aria-labelledby="province-groups-title">
          <SectionHeading
            id="province-groups-title"
            title={t("groupsTitle", { province })}
            aside={groups.count > groups.groups.length ? <Link href={{ pathname: "/producers", query: { province: code } }} className="font-semibold text-indigo hover:underline">{t("moreGroups", { count: groups.count - groups.groups.length })}</Link> : undefined}
          />
          <ul role="list" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {groups.groups.map((group) => (
              <li key={group.handle}>
                <ProducerGroupCard group={group} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <CatalogListing listing={listing} pathname={path} />
    </div>
  )
}
