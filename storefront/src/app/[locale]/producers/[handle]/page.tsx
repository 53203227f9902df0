import Image from "next/image"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { cache } from "react"
import { Breadcrumbs } from "@/components/Breadcrumbs"
import { HandsIcon } from "@/components/icons"
import { ProductImage } from "@/components/ProductImage"
import { SectionHeading } from "@/components/SectionHeading"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { CatalogListing } from "@/components/shop/CatalogListing"
import { ClosureNotice } from "@/components/shop/ClosureNotice"
import { JsonLd } from "@/components/shop/JsonLd"
import { CertificationBadges } from "@/components/trust/CertificationBadges"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import { loadListing, type LoadedListing } from "@/lib/catalog/load-listing"
import type { ProducerGroup } from "@/lib/catalog/producer-group"
import type { RawSearchParams } from "@/lib/catalog/params"
import { regionNames } from "@/lib/catalog/region-names"
import type { Scheme } from "@/lib/catalog/types"
import { logStoreError } from "@/lib/medusa"
import { getVocabularies } from "@/lib/medusa/catalog"
import { getProducerGroup } from "@/lib/medusa/producer-groups"
import { provinceName } from "@/lib/provinces"
import { breadcrumbJsonLd, producerJsonLd } from "@/lib/seo/jsonld"
import { pageMetadata } from "@/lib/seo/metadata"

type ProducerPageProps = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<RawSearchParams>
}

// Memoised per request: generateMetadata and the page share one load.
const loadGroup = cache(async (locale: AppLocale, handle: string): Promise<ProducerGroup | null | "unavailable"> => {
  try {
    return await getProducerGroup(locale, handle)
  } catch (error) {
    logStoreError(`producer group ${handle}`, error)
    return "unavailable"
  }
})

export async function generateMetadata({ params, searchParams }: ProducerPageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const group = await loadGroup(locale, handle)
  if (group === "unavailable") return {}
  if (!group) return { robots: { index: false } }
  const t = await getTranslations("Shop.group")
  const province = group.location?.province ?? provinceName(group.provinceCode, locale) ?? ""
  const raw = await searchParams
  return pageMetadata({
    locale,
    path: `/producers/${group.handle}`,
    title: group.name,
    description: group.story ?? t("metaDescription", { name: group.name, province }),
    // No picture here: the folder's opengraph-image card (price, group, grade) is used only when the metadata names none.
    noindex: Object.values(raw).some((value) => value !== undefined),
  })
}

export default async function ProducerPage({ params, searchParams }: ProducerPageProps) {
  const locale = await resolveLocale(params)
  await connection()
  const { handle } = await params
  const raw = await searchParams
  const group = await loadGroup(locale, handle)
  if (group === null) notFound()
  const path = `/producers/${handle}`
  const [t, tProduct, names] = await Promise.all([getTranslations("Shop.group"), getTranslations("Product"), regionNames()])

  let loaded: { listing: LoadedListing | null; schemes: Scheme[] } | null = null
  if (group !== "unavailable") {
    try {
      // A closed group is out of the catalog until it reopens: its products are listed from the group itself.
      const [listing, vocabularies] = await Promise.all([
        group.closure ? null : loadListing(locale, raw, { kind: "group", value: group.handle }, names),
        getVocabularies(locale),
      ])
      loaded = { listing, schemes: vocabularies.schemes }
    } catch (error) {
      logStoreError(`producer group ${handle} products`, error)
    }
  }
  if (group === "unavailable" || !loaded) {
    return (
      <div className="px-4">
        <StoreUnavailable retryHref={path} />
      </div>
    )
  }

  const { listing, schemes } = loaded
  const province = group.location?.province ?? provinceName(group.provinceCode, locale)
  const region = names[group.region] ?? null
  const home = tProduct("home")
  const trail = [
    { name: home, path: "/" },
    ...(province ? [{ name: province, path: `/provinces/${group.provinceCode}` }] : []),
    { name: group.name, path },
  ]

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-5 sm:px-6 sm:py-8">
      <JsonLd
        data={producerJsonLd({
          locale,
          handle: group.handle,
          name: group.name,
          alternateName: group.otherName,
          description: group.story,
          logo: group.logo,
          image: group.cover,
          address: { village: group.village, subdistrict: group.location?.subdistrict ?? null, district: group.location?.district ?? null, province },
        })}
      />
      <JsonLd data={breadcrumbJsonLd(locale, trail)} />
      <Breadcrumbs
        label={tProduct("breadcrumb")}
        items={trail.map((crumb, index) => ({ label: crumb.name, href: index < trail.length - 1 ? crumb.path : undefined }))}
      />

      <header className="overflow-hidden rounded-3xl border border-line bg-white" data-testid="producer-header">
        {group.cover && (
          <div className="relative aspect-[3/1] bg-paper-deep">
            <Image src={group.cover} alt={t("coverAlt", { name: group.name })} fill preload fetchPriority="high" sizes="(min-width: 1152px) 1104px, 100vw" className="object-cover" />
          </div>
        )}
        <div className="flex items-start gap-4 p-4 sm:p-6">
          <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-2xl bg-indigo-soft text-indigo sm:h-20 sm:w-20">
            {group.logo ? (
              <Image src={group.logo} alt={t("logoAlt", { name: group.name })} fill sizes="80px" className="object-cover" />
            ) : (
              <span className="flex h-full w-full items-center justify-center">
                <HandsIcon className="h-10 w-10" />
              </span>
            )}
          </div>
          <div className="min-w-0 space-y-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-gold-deep">{t(`type.${group.producerType as "SME"}`)}</p>
            <h1 className="text-2xl font-bold leading-snug text-ink sm:text-3xl">{group.name}</h1>
            {group.otherName && (
              <p lang={locale === "th" ? "en" : "th"} className="text-ink-soft">
                {group.otherName}
              </p>
            )}
          </div>
        </div>
      </header>

      {group.closure && <ClosureNotice closure={group.closure} />}

      <div className="grid gap-6 md:grid-cols-[1fr_20rem]">
        <section aria-labelledby="story-title" className="space-y-3">
          <SectionHeading id="story-title" title={t("storyTitle")} />
          {group.story ? (
            <div data-testid="producer-story" className="whitespace-pre-line leading-relaxed text-ink">
              {group.story}
            </div>
          ) : (
            <p className="text-ink-soft">{t("noStory")}</p>
          )}
        </section>

        <section aria-labelledby="location-title" className="rounded-2xl border border-line bg-white p-4 sm:p-5">
          <h2 id="location-title" className="mb-3 font-bold text-ink">
            {t("locationTitle")}
          </h2>
          <dl data-testid="producer-location" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {group.village && (
              <>
                <dt className="text-ink-soft">{t("village")}</dt>
                <dd className="font-medium text-ink">{group.moo ? `${group.village} ${t("moo", { moo: group.moo })}` : group.village}</dd>
              </>
            )}
            {group.location && (
              <>
                <dt className="text-ink-soft">{t("subdistrict")}</dt>
                <dd className="font-medium text-ink">{group.location.subdistrict}</dd>
                <dt className="text-ink-soft">{t("district")}</dt>
                <dd className="font-medium text-ink">{group.location.district}</dd>
              </>
            )}
            {province && (
              <>
                <dt className="text-ink-soft">{t("province")}</dt>
                <dd>
                  <Link href={`/provinces/${group.provinceCode}`} className="font-medium text-indigo hover:underline">
                    {province}
                  </Link>
                </dd>
              </>
            )}
            {region && (
              <>
                <dt className="text-ink-soft">{t("region")}</dt>
                <dd>
                  <Link href={`/regions/${group.region}`} className="font-medium text-indigo hover:underline">
                    {region}
                  </Link>
                </dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <section aria-labelledby="group-certs-title" data-testid="group-certifications">
        <SectionHeading id="group-certs-title" title={t("certsTitle")} />
        {group.certifications.length > 0 ? (
          <>
            <p className="-mt-2 mb-3 text-sm text-ink-soft">{t("certsIntro")}</p>
            <div className="max-w-3xl">
              <CertificationBadges certifications={group.certifications} schemes={schemes} size="full" />
            </div>
          </>
        ) : (
          <p className="text-ink-soft">{t("noCerts")}</p>
        )}
      </section>

      <section aria-labelledby="group-products-title">
        <SectionHeading id="group-products-title" title={t("productsTitle")} />
        {listing ? (
          <CatalogListing listing={listing} pathname={path} />
        ) : (
          <>
            <p className="-mt-2 mb-3 text-sm text-ink-soft">{t("closedProductsIntro")}</p>
            <ul role="list" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="closed-group-products">
              {group.products.map((product) => (
                <li key={product.id} className="relative overflow-hidden rounded-2xl border border-line bg-white">
                  <div className="relative aspect-square bg-paper-deep">
                    <ProductImage src={product.thumbnail} alt={tProduct("imageAlt", { title: product.title })} sizes="(min-width: 1024px) 270px, 50vw" noImageLabel={tProduct("noImage")} />
                  </div>
                  <Link href={`/products/${product.handle}`} className="block p-3 text-sm font-semibold text-ink after:absolute after:inset-0 hover:underline">
                    {product.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  )
}
