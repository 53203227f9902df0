import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Product } from "@/lib/medusa/types"
import { provinceName } from "@/lib/provinces"
import { FromPrice } from "./FromPrice"
import { Price } from "./Price"
import { ProductImage } from "./ProductImage"
import { StockBadge } from "./StockBadge"
import { PinIcon } from "./icons"

type ProductCardProps = {
  product: Product
  /** Position in the grid: the first cards are above the fold and load eagerly. */
  index?: number
}

export function ProductCard({ product, index = 99 }: ProductCardProps) {
  const locale = useLocale()
  const t = useTranslations("Product")
  const province = provinceName(product.provinceCode, locale)
  const range = product.priceRange
  const hasRange = range !== null && range.min.amount !== range.max.amount

  return (
    <article data-testid="product-card" className="group relative flex h-full flex-col overflow-hidden rounded-2xl border border-line bg-white shadow-[0_1px_2px_rgb(30_34_48/0.04)] transition hover:-translate-y-0.5 hover:border-gold/60 hover:shadow-lg focus-within:border-gold focus-within:ring-3 focus-within:ring-gold">
      <div className="relative aspect-square overflow-hidden bg-paper-deep">
        <ProductImage
          src={product.thumbnail}
          alt={t("imageAlt", { title: product.title })}
          sizes="(min-width: 1024px) 280px, (min-width: 768px) 33vw, 50vw"
          noImageLabel={t("noImage")}
          preload={index < 2}
          eager={index < 4}
          className="transition duration-300 group-hover:scale-[1.03]"
        />
        {product.stockStatus !== "in_stock" && (
          <StockBadge status={product.stockStatus} className="absolute left-2 top-2 shadow-sm" />
        )}
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
        <p className="mt-auto pt-1 text-base font-bold text-indigo sm:text-lg">
          {range ? (
            hasRange ? (
              <FromPrice amount={range.min.amount} locale={locale} />
            ) : (
              <Price amount={range.min.amount} locale={locale} />
            )
          ) : (
            <span className="text-sm font-medium text-ink-soft">{t("priceUnavailable")}</span>
          )}
        </p>
      </div>
    </article>
  )
}
