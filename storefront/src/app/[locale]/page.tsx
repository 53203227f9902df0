import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { connection } from "next/server"
import type { ReactNode } from "react"
import { CategoryTiles } from "@/components/CategoryTiles"
import { Hero, TrustBar } from "@/components/Hero"
import { ProductGrid } from "@/components/ProductGrid"
import { SectionHeading } from "@/components/SectionHeading"
import { StoreUnavailable } from "@/components/StoreUnavailable"
import { ProducerGroupCard } from "@/components/shop/ProducerGroupCard"
import { ProvinceLinks } from "@/components/shop/ProvinceLinks"
import { RegionTiles } from "@/components/shop/RegionTiles"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import type { AppLocale } from "@/i18n/routing"
import { featuredGroups, HOME_SECTIONS, HOME_SECTION_SIZE } from "@/lib/catalog/home"
import { regionNames } from "@/lib/catalog/region-names"
import { searchHref } from "@/lib/catalog/params"
import { listCategories, logStoreError } from "@/lib/medusa"
import { getVocabularies, searchCatalog } from "@/lib/medusa/catalog"
import { listProducerGroups } from "@/lib/medusa/producer-groups"
import { pageMetadata } from "@/lib/seo/metadata"

type HomePageProps = {
  params: Promise<{ locale: string }>
}

/** Provinces listed before "all provinces". */
const PROVINCES_SHOWN = 12
const GROUPS_SHOWN = 6

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const [t, tMeta] = await Promise.all([getTranslations("Shop.home"), getTranslations("Metadata")])
  // The layout's title template would add the site name twice: the home page's title is absolute.
  return { ...pageMetadata({ locale, path: "/", title: t("metaTitle"), description: tMeta("description") }), title: { absolute: t("metaTitle") } }
}

async function loadHome(locale: AppLocale) {
  const [fiveStar, gi, newest, categories, vocabularies, groups] = await Promise.all([
    searchCatalog(locale, HOME_SECTIONS.fiveStar, HOME_SECTION_SIZE),
    searchCatalog(locale, HOME_SECTIONS.gi, HOME_SECTION_SIZE),
    // Unfiltered: its facets count the whole catalog per region and province.
    searchCatalog(locale, HOME_SECTIONS.newest, HOME_SECTION_SIZE),
    listCategories(locale),
    getVocabularies(locale),
    listProducerGroups(locale, { limit: 100 }),
  ])
  return { fiveStar, gi, newest, categories, schemes: vocabularies.schemes, groups }
}

export default async function HomePage({ params }: HomePageProps) {
  const locale = await resolveLocale(params)
  await connection() // the catalog lives in the backend: render per request (its fetches are cached)
  const [t, tHome, names] = await Promise.all([getTranslations("Shop.home"), getTranslations("Home"), regionNames()])

  let home
  try {
    home = await loadHome(locale)
  } catch (error) {
    logStoreError("home page", error)
  }
  if (!home) {
    return (
      <>
        <Hero />
        <div className="px-4">
          <StoreUnavailable retryHref="/" />
        </div>
      </>
    )
  }

  const { fiveStar, gi, newest, categories, schemes, groups } = home
  const provinces = newest.facets.province
  // "See all (12)", named after its section for screen readers (several such links on the page).
  const seeAll = (href: string, section: string, count: number) => (
    <Link href={href} className="whitespace-nowrap font-semibold text-indigo hover:underline">
      {t("seeAll")}
      <span className="sr-only">: {section}</span> ({t("productCount", { count })})
    </Link>
  )

  return (
    <>
      <Hero />
      <TrustBar />
      <div className="mx-auto max-w-6xl space-y-12 px-4 pt-4 sm:px-6 sm:pt-6">
        {categories.length > 0 && (
          <section id="categories" aria-labelledby="categories-title">
            <SectionHeading id="categories-title" title={tHome("categoriesTitle")} />
            <CategoryTiles categories={categories} />
          </section>
        )}

        <ProductSection
          id="products"
          testId="home-five-star"
          title={t("featuredTitle")}
          text={t("featuredText")}
          aside={fiveStar.count > 0 ? seeAll(searchHref(HOME_SECTIONS.fiveStar), t("featuredTitle"), fiveStar.count) : null}
        >
          {fiveStar.products.length > 0 ? <ProductGrid products={fiveStar.products} schemes={schemes} columns="wide" aboveFold={false} /> : <Empty text={t("empty")} />}
        </ProductSection>

        {gi.products.length > 0 && (
          <ProductSection
            id="gi"
            testId="home-gi"
            title={t("giTitle")}
            text={t("giText")}
            aside={seeAll(searchHref(HOME_SECTIONS.gi), t("giTitle"), gi.count)}
          >
            <ProductGrid products={gi.products} schemes={schemes} columns="wide" aboveFold={false} />
          </ProductSection>
        )}

        <ProductSection
          id="new"
          testId="home-new"
          title={t("newTitle")}
          aside={newest.count > 0 ? seeAll(searchHref(HOME_SECTIONS.newest), t("newTitle"), newest.count) : null}
        >
          {newest.products.length > 0 ? <ProductGrid products={newest.products} schemes={schemes} columns="wide" aboveFold={false} /> : <Empty text={t("empty")} />}
        </ProductSection>

        <section id="regions" aria-labelledby="regions-title" data-testid="home-regions">
          <SectionHeading id="regions-title" title={t("regionsTitle")} />
          <RegionTiles counts={newest.facets.region} names={names} />
        </section>

        {provinces.length > 0 && (
          <section id="provinces" aria-labelledby="provinces-title" data-testid="home-provinces">
            <SectionHeading id="provinces-title" title={t("provincesTitle")} />
            <p className="-mt-2 mb-3 text-sm text-ink-soft">{t("provincesText")}</p>
            <ProvinceLinks provinces={provinces} max={PROVINCES_SHOWN} />
            {provinces.length > PROVINCES_SHOWN && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-indigo hover:underline">{t("allProvinces", { count: provinces.length })}</summary>
                <div className="mt-3">
                  <ProvinceLinks provinces={provinces.slice(PROVINCES_SHOWN)} />
                </div>
              </details>
            )}
          </section>
        )}

        {groups.groups.length > 0 && (
          <section id="groups" aria-labelledby="groups-title" data-testid="home-groups">
            <SectionHeading id="groups-title" title={t("groupsTitle")} />
            <ul role="list" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {featuredGroups(groups.groups, fiveStar.products, GROUPS_SHOWN).map((group) => (
                <li key={group.handle}>
                  <ProducerGroupCard group={group} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  )
}

function ProductSection({ id, testId, title, text, aside, children }: { id: string; testId: string; title: string; text?: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid={testId} className="scroll-mt-4">
      <SectionHeading id={`${id}-title`} title={title} aside={aside} />
      {text && <p className="-mt-2 mb-4 text-sm text-ink-soft">{text}</p>}
      {children}
    </section>
  )
}

function Empty({ text }: { text: string }) {
  return <p className="rounded-2xl border border-dashed border-line p-8 text-center text-ink-soft">{text}</p>
}
