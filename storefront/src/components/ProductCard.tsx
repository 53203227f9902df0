import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import type { CatalogProduct, Scheme } from "@/lib/catalog/types"
import { provinceName } from "@/lib/provinces"
import { Price } from "./Price"
import { ProductImage } from "./ProductImage"
import { StockBadge } from "./StockBadge"
import { PinIcon } from "./icons"
import { CertificationBadges } from "./trust/CertificationBadges"
import { GradeBadge } from "./trust/GradeBadge"
import { RatingSummary } from "./trust/RatingSummary"

type ProductCardProps = {
  product: CatalogProduct
  /** Certification schemes with their labels (from the vocabularies), for the badges. */
  schemes: Scheme[]
  /** Position in the grid: the first cards are above the fold and load eagerly. */
  index?: number
  /** Image sizes hint for the grid the card sits in. */
  sizes?: string
}

/**
 * The one product card of the shop (home, listings, search, related products): picture, origin,
 * title, group, price, and why to trust it: the official grade with its round, verified badges,
 * and (apart, in ink) what buyers rated it.
 */
export function ProductCard({ product, schemes, index = 99, sizes = "(min-width: 1024px) 240px, (min-width: 640px) 33vw, 50vw" }: ProductCardProps) {
  const locale = useLocale() as AppLocale
  const t = useTranslations("Product")
  const tCard = useTranslations("Catalog.card")
  const province = provinceName(product.group.provinceCode, locale)

  return (
    <article
      data-testid="product-card"
      data-handle={product.handle}
      className="group relative flex h-full flex-col overflow-hidden rounded-2xl border border-line bg-white shadow-[0_1px_2px_rgb(30_34_48/0.04)] transition hover:-translate-y-0.5 hover:border-gold/60 hover:shadow-lg focus-within:border-gold focus-within:ring-3 focus-within:ring-gold"
    >
      <div className="relative aspect-square overflow-hidden bg-paper-deep">
        <ProductImage
          src={product.thumbnail}
          alt={t("imageAlt", { title: product.title })}
          sizes={sizes}
          noImageLabel={t("noImage")}
          preload={index < 2}
          eager={index < 4}
          className="transition duration-300 group-hover:scale-[1.03]"
        />
        {!product.inStock && <StockBadge status="out_of_stock" className="absolute left-2 top-2 shadow-sm" />}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3 sm:p-4">
        {province && (
          <p className="flex items-center gap-1 text-xs text-ink-soft">
            <PinIcon className="h-3.5 w-3.5 shrink-0 text-gold-deep" />
            <span className="sr-only">{t("province")}: </span>
            {province}
          </p>
        )}
        <h3 className="line-clamp-2 text-[0.95rem] font-semibold leading-snug text-ink sm:text-base">
          {/* The link covers the whole card; one link per product keeps screen-reader lists short. */}
          <Link
            href={`/products/${product.handle}`}
            className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none group-focus-within:underline"
          >
            {product.title}
          </Link>
        </h3>
        <p className="line-clamp-1 text-xs text-ink-soft">{tCard("group", { group: product.group.name })}</p>
        {product.grade && <GradeBadge grade={product.grade} />}
        <CertificationBadges certifications={product.certifications} schemes={schemes} />
        <RatingSummary rating={product.rating} />
        <p className="mt-auto pt-1 text-base font-bold text-indigo sm:text-lg">
          {product.price ? (
            <Price amount={product.price} locale={locale} />
          ) : (
            <span className="text-sm font-medium text-ink-soft">{t("priceUnavailable")}</span>
          )}
        </p>
      </div>
    </article>
  )
}
